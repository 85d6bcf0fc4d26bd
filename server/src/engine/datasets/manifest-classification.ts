import type { AnalysisContext } from '../analysis-context';
import { isTrue } from '../governance/config-entries';
import { governanceOf } from '../governance/policy-view';
import type { ParsedDocument } from '../parse/parse-document';
import { mapGet, scalarString, type TreeNode } from '../parse/tree';
import { sensitiveField, type SensitiveField } from '../pii/sensitive-field';
import { CLASSIFICATION_BELOW_CONTENTS, PII_RULE_BY_KIND } from '../pii/pii-rules';
import type { Finding } from '../types';
import { datasetSyntaxOf } from './dataset-syntax';
import { detectedKinds, requiredLevelIndex } from './dataset-summary';
import { scanDatasetText } from './scan-dataset-text';

/** Data files up to this size are scanned when a manifest is checked; bigger ones rely on `pii_kinds`. */
const SCAN_LINKED_DATA_BYTES = 2 * 1024 * 1024;

/**
 * A Tuneguard manifest: sensitive names in `fields`, and a `classification` below what the data
 * holds (`pii_kinds`, sensitive fields, or a scan of a small linked data file).
 */
export function analyzeManifest(doc: ParsedDocument, context: AnalysisContext): Finding[] {
  const root = doc.tree.roots[0];
  if (doc.format !== 'tuneguard-dataset-manifest' || root?.kind !== 'map') return [];
  const findings: Finding[] = [];
  const evidence = new Map<string, string>(); // kind or category -> where it comes from
  const sensitivity = new Map<string, number>();

  const recorded = recordedPii(root);
  for (const kind of recorded.kinds) evidence.set(kind, '`pii_kinds`');
  for (const { name, nameNode, sensitive } of recorded.fields) {
    evidence.set(`field:${name}`, `field \`${name}\``);
    sensitivity.set(`field:${name}`, sensitive.sensitivity);
    const rule = PII_RULE_BY_KIND['sensitive-field'];
    findings.push({ ruleId: rule.id, severity: rule.defaultSeverity, message: `Field \`${name}\` names personal data (${sensitive.category}): the dataset must be classified for it.`, start: nameNode.start, end: nameNode.end });
  }
  for (const dataPath of dataPaths(mapGet(root, 'path'))) {
    const syntax = datasetSyntaxOf(dataPath);
    const text = syntax ? context.workspace?.readText?.(dataPath) : undefined;
    if (!syntax || text === undefined || text.length > SCAN_LINKED_DATA_BYTES) continue;
    const scan = scanDatasetText(text, dataPath, syntax, { cancellation: context.cancellation });
    for (const kind of detectedKinds(scan.summary)) if (!evidence.has(kind)) evidence.set(kind, `\`${dataPath}\``);
  }

  const classificationNode = mapGet(root, 'classification');
  const declared = scalarString(classificationNode);
  const levels = context.policy.classification.levels;
  const declaredIndex = declared ? levels.indexOf(declared) : -1;
  if (!classificationNode || declaredIndex < 0 || evidence.size === 0) return findings;
  const byKinds = requiredLevelIndex(evidence.keys(), levels.length, (k) => sensitivity.get(k) ?? (k.startsWith('field:') ? 1 : defaultSensitivity(k)));
  // With `contains_pii: true` the policy's minimum for personal data applies too; this finding then
  // stands for governance/pii-dataset-below-minimum-level, which leaves manifests with recorded kinds to it.
  const byPolicy = isTrue(mapGet(root, 'contains_pii')) ? levels.indexOf(governanceOf(context.policy).datasets.piiMinimumLevel) : -1;
  const required = Math.max(byKinds, byPolicy);
  if (declaredIndex >= required) return findings;
  const reasons = [...evidence].filter(([k]) => (sensitivity.get(k) ?? defaultSensitivity(k)) >= 1).slice(0, 4)
    .map(([k, where]) => (k.startsWith('field:') ? where : `${k} (${where})`));
  const why = byPolicy > byKinds ? ' (the policy\'s `datasets.piiMinimumLevel` for personal data)' : '';
  findings.push({
    ruleId: CLASSIFICATION_BELOW_CONTENTS.id,
    severity: CLASSIFICATION_BELOW_CONTENTS.defaultSeverity,
    message: `Classified \`${declared}\` but the data holds ${reasons.join(', ')}: it needs at least \`${levels[required]}\`${why}.`,
    start: classificationNode.start,
    end: classificationNode.end,
  });
  return findings;
}

function defaultSensitivity(kind: string): number {
  return ['us-ssn', 'credit-card', 'iban', 'medical-record-number'].includes(kind) ? 2 : 1;
}

/**
 * What a manifest itself records of the personal data its dataset holds: the kinds in `pii_kinds`
 * and the `fields` named for personal data. With either, `pii/classification-below-contents`
 * judges its classification (and governance/pii-dataset-below-minimum-level leaves it alone).
 */
export function recordedPii(root: TreeNode | undefined): { kinds: string[]; fields: { name: string; nameNode: TreeNode; sensitive: SensitiveField }[] } {
  const kinds = seqItems(mapGet(root, 'pii_kinds')).map(scalarString).filter((kind): kind is string => !!kind);
  const fields: { name: string; nameNode: TreeNode; sensitive: SensitiveField }[] = [];
  for (const field of seqItems(mapGet(root, 'fields'))) {
    const nameNode = mapGet(field, 'name');
    const name = scalarString(nameNode);
    const sensitive = name ? sensitiveField(name) : undefined;
    if (name && sensitive && nameNode) fields.push({ name, nameNode, sensitive });
  }
  return { kinds, fields };
}

function seqItems(node: TreeNode | undefined): TreeNode[] {
  return node?.kind === 'seq' ? node.items : [];
}

function dataPaths(node: TreeNode | undefined): string[] {
  const values = node?.kind === 'seq' ? node.items.map(scalarString) : [scalarString(node)];
  return values.filter((p): p is string => !!p && !/[*?[{]/.test(p));
}
