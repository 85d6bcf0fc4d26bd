import type { ParsedDocument } from '../../parse/parse-document';

export function isTuneguardManifest(doc: ParsedDocument): boolean {
  return doc.format === 'tuneguard-dataset-manifest' || /\.dataset\.ya?ml$/i.test(doc.path);
}
