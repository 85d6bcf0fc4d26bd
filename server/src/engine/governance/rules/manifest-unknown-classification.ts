import type { RuleMeta } from '../../types';
import { mapGet } from '../../parse/tree';
import { finding, type GovernanceRule } from '../governance-rule';
import { listLevels } from './describe';
import { isTuneguardManifest } from './manifest-doc';

const meta: RuleMeta = {
  id: 'governance/manifest-unknown-classification',
  family: 'governance',
  title: 'Dataset classification is not a policy level',
  description: 'The manifest\'s `classification` is not one of the levels in the policy (`classification.levels`, by default public, internal, confidential, restricted). A misspelt or invented level protects nothing: configs that train on the dataset are treated as if it were unclassified. Use one of the policy\'s levels.',
  defaultSeverity: 'error',
  standards: { nistCsf: ['ID.AM-05', 'GV.PO-01'] },
};

export const manifestUnknownClassification: GovernanceRule = {
  meta,
  check({ doc, root, levels }) {
    if (!isTuneguardManifest(doc)) return [];
    const node = mapGet(root, 'classification');
    if (node?.kind !== 'scalar' || node.value === null || String(node.value).trim() === '') return [];
    if (levels.rank(String(node.value)) !== undefined) return [];
    return [finding(meta, `Classification \`${String(node.value)}\` is not a level of the policy; use one of ${listLevels(levels.names())}.`, node.start, node.end)];
  },
};
