import * as fs from 'node:fs';
import * as path from 'node:path';
import { DatasetIndex } from '../engine/governance/dataset-index';
import { factsFromText } from '../engine/governance/manifests/facts-from-text';
import { mayHoldDatasetFacts } from '../engine/governance/manifests/index-facts';
import type { IndexedFileFacts } from '../engine/governance/manifests/manifest-record';
import { collectFiles } from './walk';

/** Manifests larger than this are not dataset manifests (dataset_info.json of LLaMA-Factory is ~30 KB). */
const MAX_FACTS_FILE_BYTES = 8 * 1024 * 1024;

/**
 * The CLI's view of the workspace for config <-> dataset linking: every manifest, dataset card,
 * Croissant file and dataset_info.json under the policy root (when a policy file governs it) and
 * in the checked paths. Paths are
 * relative to the policy root, as the server's are relative to the workspace folder.
 */
export function buildCliDatasetIndex(root: string, walkRoot: boolean, checkedFiles: readonly string[]): DatasetIndex {
  const { files } = walkRoot ? collectFiles([root]) : { files: [] };
  const facts: IndexedFileFacts[] = [];
  for (const file of new Set([...files, ...checkedFiles])) {
    const relative = relativeTo(root, file);
    if (!mayHoldDatasetFacts(relative)) continue;
    try {
      if (fs.statSync(file).size > MAX_FACTS_FILE_BYTES) continue;
      facts.push(factsFromText(relative, fs.readFileSync(file, 'utf8')));
    } catch {
      // unreadable files are reported by the check itself
    }
  }
  return new DatasetIndex(facts);
}

/** The path the engine sees for a file: relative to the policy root, else absolute. */
export function relativeTo(root: string, file: string): string {
  const relative = path.relative(root, file).split(path.sep).join('/');
  return relative.startsWith('..') || path.isAbsolute(relative) ? file.split(path.sep).join('/') : relative;
}
