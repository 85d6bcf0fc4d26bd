import { parseDocument } from '../../parse/parse-document';
import type { IndexedFileFacts } from './manifest-record';
import { indexFacts, mayHoldDatasetFacts } from './index-facts';

const NONE: IndexedFileFacts = { manifests: [] };

/**
 * The dataset facts of one workspace file, for the server's and the CLI's index (same function,
 * so both link configs identically). Cheap textual checks skip the parse for most files.
 */
export function factsFromText(path: string, text: string): IndexedFileFacts {
  if (!mayHoldDatasetFacts(path)) return NONE;
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === 'readme.md' && !text.startsWith('---')) return NONE;
  if (/\.(json|jsonld)$/.test(name) && name !== 'dataset_info.json' && !text.includes('mlcommons.org/croissant')) return NONE;
  const facts = indexFacts(parseDocument({ path, text }));
  return facts.manifests.length > 0 || facts.datasetInfo ? facts : NONE;
}
