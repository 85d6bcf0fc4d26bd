import type { Syntax } from '../types';
import type { SecretCandidate } from './secret-rule';
import { inlineAssignments } from './inline-assignments';
import { normaliseKey } from './normalise-key';
import { labelledValue } from './labelled-values';

/**
 * `KEY=value`, `key = "value"`, `key: value`, `export KEY=value` (the key group is kept short and
 * simple), also as an added or removed line of a unified diff (`+KEY=value`): the marker touches
 * the key, where a `- item` of a list or prose has a blank after it.
 */
export const KEY_VALUE = /^(?:[+-](?=[A-Za-z_"']))?[ \t]{0,40}(?:export[ \t]{1,10})?["']?([A-Za-z_][\w.-]{0,100})["']?[ \t]{0,20}(?:=|:(?!\/\/))[ \t]*([^ \t].*)?$/;
export const SECTION = /^\s{0,20}\[{1,2}\s{0,5}([^\]]{1,200}?)\s{0,5}\]{1,2}\s{0,20}(?:[#;].*)?$/;

/**
 * Line-oriented formats: each line is a candidate, split into key and value where it has the
 * shape of one. INI/TOML `[section]` headers become the first elements of the key path. Comment
 * lines are scanned too: a commented-out credential is still in the file, and a line of prose may
 * label one (`# wandb key for the runner: …`, labelled-values.ts). `names`, for CSV rows
 * (records, like JSONL's): the only names whose assignments inside a row count.
 */
export function* lineCandidates(text: string, syntax: Syntax, names?: (name: string) => boolean): Generator<SecretCandidate> {
  let section: string[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let line = text.slice(lineStart, lineEnd);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const header = (syntax === 'toml' || syntax === 'ini') && line.length < 300 ? SECTION.exec(line) : null;
    if (header) section = header[1].split('.').map((s) => s.trim().replace(/^["']|["']$/g, ''));
    else if (line.trim().length >= 6) yield* splitLine(line, lineStart, section, syntax, names);
    lineStart = lineEnd + 1;
  }
}

function* splitLine(line: string, lineStart: number, section: string[], syntax: Syntax, names: ((name: string) => boolean) | undefined): Generator<SecretCandidate> {
  const kv = line.length <= 100_000 ? KEY_VALUE.exec(line) : null; // longer lines are free text
  const sectionKeys = [...(syntax === 'env' ? ['env'] : []), ...section].map(normaliseKey).join('/');
  if (!kv) {
    yield { value: line, start: lineStart, end: lineStart + line.length, path: [] };
    yield* inlineAssignments(line, { path: section, keys: sectionKeys, component: '', at: lineStart, names });
    const labelled = names ? undefined : labelledValue(line, lineStart, sectionKeys); // prose and comments, not a record's text
    if (labelled) yield labelled;
    return;
  }
  const key = kv[1];
  let raw = kv[2] ?? '';
  let valueStart = line.length - raw.length;
  const quote = raw[0];
  if ((quote === '"' || quote === "'" || quote === '`') && raw.indexOf(quote, 1) > 0) {
    raw = raw.slice(1, raw.indexOf(quote, 1));
    valueStart += 1;
  } else {
    const comment = raw.search(/\s[#;]/); // trailing comment of an unquoted value
    if (comment >= 0) raw = raw.slice(0, comment);
    raw = raw.trimEnd();
  }
  if (raw.length < 6) return;
  const path = [...section, key];
  // Every variable of an env file is an environment variable: the same context as an `env:` block.
  const keys = sectionKeys ? `${sectionKeys}/${normaliseKey(key)}` : normaliseKey(key);
  const start = lineStart + valueStart;
  yield { value: raw, start, end: start + raw.length, path, context: `${keys}|` };
  // A command line or a call as the value (`run = "HF_TOKEN=... python x.py"`, `OpenAI(api_key="...")`): its assignments too.
  if (/[\s=:(]/.test(raw)) yield* inlineAssignments(raw, { path, keys, component: '', at: start, names });
}
