import { DatasetManifestSchema } from '../../../../schemas/dataset-manifest';
import type { Analyzer } from '../analysis-context';
import { loadPolicy, toPlain } from '../policy/load-policy';
import { getIn, type KeyPath } from '../parse/tree';
import { INVALID_POLICY } from '../rules/engine-rules';
import type { Finding } from '../types';
import { issueRange } from './issue-range';
import { schemaForFormat } from './json-schema';
import { INVALID_DATASET_MANIFEST } from './rules';
import { unknownKeyFindings } from './unknown-keys';

/**
 * `.tuneguard.yaml`: every schema problem at its range (a broken setting falls back to its
 * default, the rest of the policy keeps working), and keys the schema does not know.
 */
export const analyzePolicyFile: Analyzer = (doc) => {
  if (doc.format !== 'tuneguard-policy') return [];
  const findings: Finding[] = loadPolicy(doc.text).problems.map((p) => ({
    ruleId: INVALID_POLICY.id, severity: INVALID_POLICY.defaultSeverity, message: p.message, start: p.start, end: p.end,
  }));
  const root = doc.tree.roots[0];
  const schema = schemaForFormat(doc.format);
  if (root?.kind === 'map' && schema) findings.push(...unknownKeyFindings(root, schema));
  return findings;
};

/**
 * `*.dataset.yaml`: schema problems at exact ranges and unknown keys. (A classification that is
 * not one of the policy's levels is a governance rule: governance/manifest-unknown-classification.)
 */
export const analyzeDatasetManifest: Analyzer = (doc, context) => {
  if (doc.format !== 'tuneguard-dataset-manifest') return [];
  const root = doc.tree.roots[0];
  if (!root) return [];
  const invalid = (message: string, range: { start: number; end: number }): Finding =>
    ({ ruleId: INVALID_DATASET_MANIFEST.id, severity: INVALID_DATASET_MANIFEST.defaultSeverity, message, ...range });
  if (root.kind !== 'map') return [invalid('A dataset manifest must be a mapping of fields (name, owner, classification, ...).', { start: root.start, end: root.end })];

  const findings: Finding[] = [];
  const parsed = DatasetManifestSchema.safeParse(toPlain(root));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as KeyPath;
      const missing = getIn(root, path) === undefined && issue.code === 'invalid_type';
      const message = missing ? `Missing required field \`${path.join('.')}\`.` : `${path.join('.') || 'manifest'}: ${issue.message}`;
      findings.push(invalid(message, issueRange(root, path)));
    }
  }
  const schema = schemaForFormat(doc.format);
  if (!schema) return findings;
  findings.push(...unknownKeyFindings(root, schema));
  return findings;
};
