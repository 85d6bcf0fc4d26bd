import { DatasetManifestSchema } from '../../../../schemas/dataset-manifest';
import { PolicySchema } from '../../../../schemas/policy';
import type { Analyzer } from '../analysis-context';
import { INVALID_POLICY } from '../rules/engine-rules';
import type { Finding } from '../types';
import { schemaForFormat } from './json-schema';
import { INVALID_DATASET_MANIFEST } from './rules';
import { schemaIssues, type SchemaIssue } from './schema-issues';
import { unknownKeyFindings } from './unknown-keys';

/**
 * `.tuneguard.yaml`: YAML errors and every schema problem at its range (the policy store lets a
 * broken setting fall back to its default; the rest keeps working), and keys the schema does not know.
 */
export const analyzePolicyFile: Analyzer = (doc) => {
  if (doc.format !== 'tuneguard-policy') return [];
  const invalid = (problem: SchemaIssue): Finding => ({ ruleId: INVALID_POLICY.id, severity: INVALID_POLICY.defaultSeverity, ...problem });
  const findings = doc.tree.problems.map((p) => invalid({ message: `YAML: ${p.message}`, start: p.start, end: p.end }));
  const root = doc.tree.roots[0];
  if (!root) return findings;
  if (root.kind !== 'map') return [...findings, invalid({ message: 'The policy must be a mapping of settings.', start: root.start, end: root.end })];
  findings.push(...schemaIssues(root, PolicySchema).map(invalid));
  const schema = schemaForFormat(doc.format);
  if (schema) findings.push(...unknownKeyFindings(root, schema));
  return findings;
};

/**
 * `*.dataset.yaml`: schema problems at exact ranges and unknown keys. (A classification that is
 * not one of the policy's levels is a governance rule: governance/manifest-unknown-classification.)
 */
export const analyzeDatasetManifest: Analyzer = (doc) => {
  if (doc.format !== 'tuneguard-dataset-manifest') return [];
  const root = doc.tree.roots[0];
  if (!root) return [];
  const invalid = (problem: SchemaIssue): Finding => ({ ruleId: INVALID_DATASET_MANIFEST.id, severity: INVALID_DATASET_MANIFEST.defaultSeverity, ...problem });
  if (root.kind !== 'map') return [invalid({ message: 'A dataset manifest must be a mapping of fields (name, owner, classification, ...).', start: root.start, end: root.end })];
  const findings = schemaIssues(root, DatasetManifestSchema).map(invalid);
  const schema = schemaForFormat(doc.format);
  if (schema) findings.push(...unknownKeyFindings(root, schema));
  return findings;
};
