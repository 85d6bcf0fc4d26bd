import type { ParsedDocument } from '../parse/parse-document';
import { walkScalars } from '../parse/tree';
import type { SecretCandidate } from './secret-rule';

/**
 * The strings a secret can hide in: every string scalar of a YAML/JSON/JSONL tree, or every
 * `key = value` / free line of the text formats.
 */
export function* secretCandidates(doc: ParsedDocument): Generator<SecretCandidate> {
  if (doc.tree.roots.length > 0) {
    for (const root of doc.tree.roots) {
      for (const { node, path } of walkScalars(root)) {
        if (typeof node.value === 'string' && node.value.length >= 8) {
          yield { value: node.value, start: node.start, end: node.end, path };
        }
      }
    }
    return;
  }
  if (doc.syntax === 'yaml' || doc.syntax === 'json') {
    // Unparseable structured text: fall back to lines so a syntax error does not hide a secret.
    yield* lineCandidates(doc.text);
    return;
  }
  yield* lineCandidates(doc.text);
}

const KEY_VALUE = /^\s*(?:export\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[=:]\s*(.*?)\s*$/;

function* lineCandidates(text: string): Generator<SecretCandidate> {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line.trim().length >= 8) {
      const kv = KEY_VALUE.exec(line);
      if (kv && kv[2]) {
        const rawValue = kv[2];
        const valueOffset = line.lastIndexOf(rawValue);
        const value = rawValue.replace(/^(["'])(.*)\1$/, '$2');
        yield { value, start: lineStart + valueOffset, end: lineStart + valueOffset + rawValue.length, path: [kv[1]] };
      } else {
        yield { value: line, start: lineStart, end: lineStart + line.length, path: [] };
      }
    }
    lineStart = lineEnd + 1;
  }
}
