import type { RuleMeta } from '../../types';
import { recordedPii } from '../../datasets/manifest-classification';
import { mapEntry, mapGet, type TreeNode } from '../../parse/tree';
import { isTrue } from '../config-entries';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTuneguardManifest } from './manifest-doc';

const meta: RuleMeta = {
  id: 'governance/pii-dataset-below-minimum-level',
  family: 'governance',
  title: 'Dataset with personal data is classified too low',
  description: 'The manifest says the dataset contains personal data (`contains_pii: true`, set by "Tuneguard: Classify Dataset" after a scan) but its classification is below the policy\'s `datasets.piiMinimumLevel` (default `confidential`). Models trained on it could then be pushed publicly or uploaded to trackers, and a fine-tuned model can reproduce its training records. Raise the classification or remove the personal data. When the manifest also records what it holds (`pii_kinds` or sensitive `fields`), `pii/classification-below-contents` reports this instead, naming the kinds, at the stricter of the two levels.',
  defaultSeverity: 'error',
  standards: { owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['ID.AM-05', 'PR.DS-01'] },
};

export const piiDatasetBelowMinimumLevel: GovernanceRule = {
  meta,
  check({ doc, root, gov, levels }) {
    if (!isTuneguardManifest(doc) || !isTrue(mapGet(root, 'contains_pii')) || recordsKinds(root)) return [];
    const node = mapGet(root, 'classification');
    const level = node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
    const minimum = gov.datasets.piiMinimumLevel;
    const rank = levels.rank(level);
    const min = levels.rank(minimum);
    if (min === undefined || (level !== undefined && rank === undefined)) return [];
    if (rank !== undefined && rank >= min) return [];
    const at = node ?? mapEntry(root, 'contains_pii')!;
    return [finding(meta, `The dataset contains personal data but is classified \`${level ?? 'nothing'}\`; the policy requires at least \`${minimum}\`.`, at.start, at.end)];
  },
};

/** The manifest names the personal data it holds: pii/classification-below-contents judges it then. */
function recordsKinds(root: TreeNode | undefined): boolean {
  const recorded = recordedPii(root);
  return recorded.kinds.length > 0 || recorded.fields.length > 0;
}
