import { isMap, isScalar, parseDocument } from 'yaml';

export interface ClassificationUpdate {
  classification: string;
  containsPii: boolean;
  piiKinds: string[];
  /** ISO date (YYYY-MM-DD). */
  classifiedAt: string;
  classifiedBy?: string;
}

/**
 * Write a classification into a manifest. The `yaml` Document API locates each key's value; only
 * those value ranges are replaced (missing keys are appended), so comments, key order, quoting and
 * spacing stay exactly as the author wrote them. Pure: text in, text out.
 */
export function writeClassification(text: string, update: ClassificationUpdate): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`the manifest is not valid YAML (${doc.errors[0].message.split('\n')[0]})`);
  if (doc.contents !== null && !isMap(doc.contents)) throw new Error('the manifest is not a YAML mapping');
  const values: [string, string][] = [
    ['classification', update.classification],
    ['contains_pii', String(update.containsPii)],
    ['pii_kinds', `[${update.piiKinds.join(', ')}]`],
    ['classified_at', update.classifiedAt],
  ];
  if (update.classifiedBy) values.push(['classified_by', JSON.stringify(update.classifiedBy)]);
  const splices: { start: number; end: number; text: string }[] = [];
  const appended: string[] = [];
  for (const [key, value] of values) {
    const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    const node = pair?.value as { range?: [number, number, number] } | null | undefined;
    if (node?.range) splices.push({ start: node.range[0], end: node.range[1], text: value });
    else appended.push(`${key}: ${value}`);
  }
  let out = text;
  for (const splice of splices.sort((a, b) => b.start - a.start)) out = out.slice(0, splice.start) + splice.text + out.slice(splice.end);
  if (appended.length > 0) out = `${out}${out.length === 0 || out.endsWith('\n') ? '' : '\n'}${appended.join('\n')}\n`;
  return out;
}

/** A new manifest for a data file that has none: name and path, then the classification. */
export function newManifest(name: string, dataPath: string, update: ClassificationUpdate): string {
  const header = `# Dataset manifest written by Tuneguard: Classify Dataset. Add owner, license, source and retention.\nname: ${JSON.stringify(name)}\npath: ${JSON.stringify(dataPath)}\n`;
  return writeClassification(header, update);
}

/** `<name>.dataset.yaml` beside the data file: `data/tickets.jsonl` -> `data/tickets.dataset.yaml`. */
export function manifestPathFor(dataPath: string): string {
  return dataPath.replace(/\.(jsonl|ndjson|json|csv|parquet)$/i, '') + '.dataset.yaml';
}
