/**
 * Keys under which a JSON dataset that is an object, not an array, keeps its records: SQuAD's
 * `{"version": "v2.0", "data": [...]}` and the exports of common dataset tools and splits.
 */
export const RECORD_ARRAY_KEYS: ReadonlySet<string> = new Set([
  'data', 'rows', 'records', 'examples', 'samples', 'instances', 'train', 'validation', 'test', 'dev',
  // Exports of support and chat tools (`{"conversations": [...]}`, Zendesk's `tickets`) and document stores.
  'conversations', 'dialogues', 'dialogs', 'tickets', 'threads', 'items', 'entries', 'documents', 'results',
]);

/**
 * How many records a parsed JSON dataset holds: an array's items, or those of the arrays of
 * objects under its record keys (each split of `{"train": [...], "test": [...]}`); undefined for
 * other values.
 */
export function jsonRecordCount(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length;
  if (typeof value !== 'object' || value === null) return undefined;
  let count: number | undefined;
  for (const [key, records] of Object.entries(value)) {
    if (RECORD_ARRAY_KEYS.has(key) && isRecordArray(records)) count = (count ?? 0) + records.length;
  }
  return count;
}

function isRecordArray(value: unknown): value is object[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
}
