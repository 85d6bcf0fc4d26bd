import type { ParsedDocument } from '../parse/parse-document';
import type { KeyPath, TreeNode } from '../parse/tree';
import type { SecretCandidate } from './secret-rule';
import { inlineAssignments } from './inline-assignments';
import { lineCandidates } from './line-candidates';
import { netrcCandidates } from './netrc-candidates';
import { embeddedNetrcCandidates } from './embedded-netrc';
import { lineArrayCandidates } from './line-arrays';
import { printedVariableCandidates } from './notebook-printed-variables';
import { yamlCommentText } from './yaml-comments';
import { csvNameValueCandidates } from './csv-name-value-cells';
import { markdownTableNameValueCandidates } from './markdown-table-cells';
import { pgpassCandidates } from './pgpass-lines';
import { normaliseKey } from './normalise-key';

/** Shorter strings cannot hold a credential worth reporting (the shortest rule value is 6). */
const MIN_LENGTH = 6;

/**
 * The strings a secret can hide in: every string scalar of a YAML/JSON/JSONL tree with its key
 * path and context (and a YAML file's comment lines), or every `key = value` / free line of the
 * text formats (.env, TOML, INI, text); netrc entries wherever they are written, the variables a
 * notebook prints, the cell after a CSV cell naming a variable. `watchedName` tells the names a keyed detector watches: the assignments inside dataset records
 * (JSONL, CSV), which are mostly prose, count only when made to one of those. `text`: the
 * document's text as the detectors read it (`candidateText`), offsets unchanged.
 */
export function* secretCandidates(doc: ParsedDocument, watchedName: (name: string) => boolean, text = doc.text): Generator<SecretCandidate> {
  if (doc.tree.roots.length > 0) {
    const names = doc.syntax === 'jsonl' ? watchedName : undefined;
    for (const root of doc.tree.roots) yield* treeCandidates(root, names);
    const comments = doc.syntax === 'yaml' ? yamlCommentText(text) : undefined;
    if (comments) yield* lineCandidates(comments, 'text');
    return;
  }
  // Text formats, and unparseable YAML/JSON: lines, so a syntax error does not hide a secret.
  yield* lineCandidates(text, doc.syntax, doc.syntax === 'csv' ? watchedName : undefined);
  if (doc.syntax === 'netrc') yield* netrcCandidates(text);
  else if (doc.syntax === 'text') {
    yield* embeddedNetrcCandidates(text);
    yield* markdownTableNameValueCandidates(text, watchedName);
    yield* pgpassCandidates(text);
  }
  if (doc.syntax === 'csv') yield* csvNameValueCandidates(text, watchedName);
}

interface Frame {
  node: TreeNode;
  path: KeyPath;
  /** Normalised ancestor keys joined by `/`. */
  keys: string;
  /** `_component_` (torchtune) or `type` (service-account JSON) of the nearest enclosing map. */
  component: string;
  /** The name the value is set for, when a sibling entry gives it (`{name: HF_TOKEN, value: …}`) or a flag item before it. */
  key?: string;
}

/** Iterative walk (deep documents cannot overflow the stack) that keeps each value's context. */
function* treeCandidates(root: TreeNode, names: ((name: string) => boolean) | undefined): Generator<SecretCandidate> {
  const stack: Frame[] = [{ node: root, path: [], keys: '', component: '' }];
  while (stack.length > 0) {
    const { node, path, keys, component, key } = stack.pop()!;
    if (node.kind === 'scalar') {
      if (typeof node.value === 'string' && node.value.length >= MIN_LENGTH) {
        yield { value: node.value, start: node.start, end: node.end, path, key, context: `${keys}|${component}` };
        // Scripts and command lines in a value (`run: |`, `command:`), a record's text: the names assigned inside them.
        if (node.value.length >= 12 && /[\s=:(]/.test(node.value)) yield* inlineAssignments(node.value, { path, keys, component, at: node, names });
        // netrc content, printed notebook variables, line arrays: shapes of configs and notebooks, not of a record's text.
        if (!names) for (const entry of embeddedNetrcCandidates(node.value)) yield { ...entry, start: node.start, end: node.end, path };
      }
    } else if (node.kind === 'map') {
      if (!names) yield* printedVariableCandidates(node, path);
      const own = marker(node) ?? component;
      const named = nameOfValue(node) ?? sensitiveValue(node, path);
      for (let i = node.entries.length - 1; i >= 0; i--) {
        const entry = node.entries[i];
        const name = named !== undefined && entry.key === named.valueKey ? named.name : undefined;
        const step = normaliseKey(name ?? entry.key);
        stack.push({ node: entry.value, path: [...path, entry.key], keys: keys ? `${keys}/${step}` : step, component: own, key: name });
      }
    } else {
      if (!names) yield* lineArrayCandidates(node, path);
      for (let i = node.items.length - 1; i >= 0; i--) {
        const flag = i > 0 ? flagName(node.items[i - 1]) : undefined;
        const frame = { node: node.items[i], path: [...path, i], keys, component };
        stack.push(flag ? { ...frame, keys: keys ? `${keys}/${normaliseKey(flag)}` : normaliseKey(flag), key: flag } : frame);
      }
    }
  }
}

/**
 * Environment lists written as name/value pairs (Kubernetes and Vertex AI `env: [{name, value}]`,
 * ECS and Batch `{Name, Value}`, Postman and Insomnia `{key, value, type}`): the name is the key of
 * the value.
 */
function nameOfValue(node: Extract<TreeNode, { kind: 'map' }>): { name: string; valueKey: string } | undefined {
  if (node.entries.length < 2 || node.entries.length > 5) return undefined;
  const name = node.entries.find((e) => NAME_KEYS.has(e.key));
  const value = node.entries.find((e) => e.key === 'value' || e.key === 'Value');
  if (!name || !value || name.value.kind !== 'scalar' || typeof name.value.value !== 'string') return undefined;
  return /^[A-Za-z_][\w.-]{0,100}$/.test(name.value.value) ? { name: name.value.value, valueKey: value.key } : undefined;
}

const NAME_KEYS = new Set(['name', 'Name', 'key', 'Key']);

function sensitiveValue(node: Extract<TreeNode, { kind: 'map' }>, path: KeyPath): { name: string; valueKey: string } | undefined {
  const valueKey = markedSensitive(node);
  if (valueKey === undefined) return undefined;
  const owner = path[path.length - 1];
  return { name: `${typeof owner === 'string' ? owner : 'value'}_password`, valueKey };
}

/**
 * A value its own template marks secret: a CloudFormation parameter's `Default` beside `NoEcho: true`,
 * a Terraform output's `value` beside `sensitive: true`. It is read as a password named after the
 * parameter or output.
 */
function markedSensitive(node: Extract<TreeNode, { kind: 'map' }>): string | undefined {
  const flag = node.entries.find((e) => e.key === 'NoEcho' || e.key === 'sensitive');
  if (!flag || flag.value.kind !== 'scalar' || (flag.value.value !== true && flag.value.value !== 'true')) return undefined;
  return node.entries.find((e) => e.key === (flag.key === 'NoEcho' ? 'Default' : 'value'))?.key;
}

function marker(node: Extract<TreeNode, { kind: 'map' }>): string | undefined {
  if (isUserKeyPair(node)) return 'username+key';
  for (const entry of node.entries) {
    if ((entry.key === '_component_' || entry.key === 'type' || entry.key === '_target_') && entry.value.kind === 'scalar' && typeof entry.value.value === 'string') {
      return entry.value.value.toLowerCase().slice(0, 200);
    }
  }
  return undefined;
}

/** An object of exactly a `username` and a `key`, the shape of Kaggle's `kaggle.json`: the key is that user's API key. */
function isUserKeyPair(node: Extract<TreeNode, { kind: 'map' }>): boolean {
  return node.entries.length === 2 && node.entries.some((e) => e.key === 'username') && node.entries.some((e) => e.key === 'key');
}

/**
 * A command line written as a list (Kubernetes `args`, a job's `command`): an item that is a flag
 * alone (`--wandb_api_key`) names the next item, its value.
 */
function flagName(item: TreeNode): string | undefined {
  if (item.kind !== 'scalar' || typeof item.value !== 'string' || item.value.length > 64) return undefined;
  return /^--?([A-Za-z][\w-]{0,60})$/.exec(item.value)?.[1];
}
