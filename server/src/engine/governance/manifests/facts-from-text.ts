import { parseDocument } from '../../parse/parse-document';
import type { IndexedFileFacts } from './manifest-record';
import { indexFacts, mayHoldDatasetFacts } from './index-facts';

const NONE: IndexedFileFacts = { manifests: [] };
const MAX_JSON_CONFIG_CHARS = 256 * 1024;
const MAX_CONFIG_CHARS = 1024 * 1024;
const CONFIG_HINT = /\b(base_model|model_name_or_path|model_id_or_path|_component_|output_dir|export_dir|dataset|datasets|baseModel|training_file)\b/;

/**
 * The dataset facts of one workspace file, for the server's and the CLI's index (same function,
 * so both link configs identically). Cheap textual checks skip the parse for most files.
 */
export function factsFromText(path: string, text: string): IndexedFileFacts {
  if (!mayHoldDatasetFacts(path)) return NONE;
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === 'readme.md' && !text.startsWith('---')) return NONE;
  const json = /\.(json|jsonld)$/.test(name);
  // JSON data files can be large: only Croissant, dataset_info.json and small config objects are parsed.
  if (json && name !== 'dataset_info.json' && !text.includes('mlcommons.org/croissant') && (text.length > MAX_JSON_CONFIG_CHARS || text.trimStart()[0] !== '{')) return NONE;
  // Configs are small and name their model or data; anything else (large or hostile files) is not parsed twice.
  const manifestName = /\.dataset\.ya?ml$|^dataset_info\.json$|^readme\.md$/.test(name) || text.includes('mlcommons.org/croissant');
  if (!manifestName && (text.length > MAX_CONFIG_CHARS || !CONFIG_HINT.test(text))) return NONE;
  const facts = indexFacts(parseDocument({ path, text }));
  return facts.manifests.length > 0 || facts.datasetInfo || facts.config ? facts : NONE;
}
