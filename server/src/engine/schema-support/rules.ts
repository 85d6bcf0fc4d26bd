import type { RuleMeta } from '../types';

/** Rules about Tuneguard's own files (policy and dataset manifests) checked against their schemas. */
export const INVALID_DATASET_MANIFEST: RuleMeta = {
  id: 'governance/invalid-dataset-manifest',
  family: 'governance',
  title: 'Dataset manifest does not match its schema',
  description: 'A value in a `*.dataset.yaml` manifest has the wrong type or shape, or a required field such as `name` is missing. '
    + 'Governance rules cannot rely on a manifest they cannot read: fix the value (completion lists the allowed ones).',
  defaultSeverity: 'error',
  standards: { nistCsf: ['ID.AM-07', 'GV.PO-01'], owaspLlm: ['LLM04:2025 Data and Model Poisoning'] },
};

export const UNKNOWN_SETTING: RuleMeta = {
  id: 'governance/unknown-setting',
  family: 'governance',
  title: 'Unknown key in a Tuneguard file',
  description: 'A key in the policy or a dataset manifest is not part of its schema, so Tuneguard ignores it. It is usually a typo '
    + '(the message suggests the closest known key) or a setting of a newer Tuneguard version.',
  defaultSeverity: 'warning',
  standards: { nistCsf: ['GV.PO-01'] },
};

export const SCHEMA_SUPPORT_RULES: readonly RuleMeta[] = [INVALID_DATASET_MANIFEST, UNKNOWN_SETTING];
