import type { Policy } from '../../../schemas/policy';
import { DEFAULT_POLICY } from '../../../schemas/policy';
import type { Analyzer, AnalysisContext, WorkspaceView } from './analysis-context';
import { parseDocument, type DocumentInput, type ParsedDocument } from './parse/parse-document';
import { analyzeSecrets } from './secrets/analyze-secrets';
import { analyzeGovernance } from './governance/analyze-governance';
import { analyzeDatasets } from './datasets/analyze-datasets';
import { effectiveSeverity, isPathAllowlisted } from './policy/severity';
import { ruleById } from './rules/catalogue';
import { UNPARSEABLE_FILE } from './rules/engine-rules';
import { analyzeDatasetManifest, analyzePolicyFile } from './schema-support/analyzers';
import { neverCancelled, type Cancellation, type Finding, type FormatId, type Syntax } from './types';

export interface CheckOptions {
  policy?: Policy;
  cancellation?: Cancellation;
  workspace?: WorkspaceView;
  now?: () => Date;
  /** False in an untrusted workspace (see AnalysisContext.trusted). */
  trusted?: boolean;
  /** Fingerprints of accepted findings (the baseline file): never reported. */
  baseline?: ReadonlySet<string>;
}

/** Every analysis, in order. A new family adds its analyzer here and its rules to the catalogue. */
const ANALYZERS: readonly Analyzer[] = [
  (doc) => fileFindings(doc),
  analyzePolicyFile,
  analyzeDatasetManifest,
  analyzeSecrets,
  analyzeGovernance,
  analyzeDatasets,
];

export interface CheckResult {
  format: FormatId;
  syntax: Syntax;
  findings: Finding[];
}

/** The engine's front door: text in, findings out, with the policy's severities applied. */
export function checkDocument(input: DocumentInput, options: CheckOptions = {}): CheckResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const cancellation = options.cancellation ?? neverCancelled;
  const doc = parseDocument(input);
  if (isPathAllowlisted(policy, input.path)) return { format: doc.format, syntax: doc.syntax, findings: [] };

  const context: AnalysisContext = { policy, cancellation, workspace: options.workspace, now: options.now, trusted: options.trusted };
  const raw: Finding[] = [];
  for (const analyze of ANALYZERS) {
    if (cancellation.isCancellationRequested) break;
    raw.push(...analyze(doc, context));
  }
  const findings: Finding[] = [];
  for (const finding of raw) {
    if (finding.fingerprint && options.baseline?.has(finding.fingerprint)) continue;
    const rule = ruleById(finding.ruleId);
    const severity = effectiveSeverity(policy, finding.ruleId, input.path, rule?.defaultSeverity ?? finding.severity);
    if (severity === 'off') continue;
    findings.push({ ...finding, severity });
  }
  findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  return { format: doc.format, syntax: doc.syntax, findings };
}

function fileFindings(doc: ParsedDocument): Finding[] {
  if (doc.format === 'tuneguard-policy') return []; // analyzePolicyFile reports its YAML errors as policy problems
  // Markdown dataset cards: only their YAML front matter is structured.
  const problems = doc.frontMatter?.tree.problems ?? (doc.syntax === 'yaml' || doc.syntax === 'json' ? doc.tree.problems : []);
  return problems.slice(0, 5).map((p) => ({
    ruleId: UNPARSEABLE_FILE.id, severity: UNPARSEABLE_FILE.defaultSeverity, message: p.message, start: p.start, end: p.end,
  }));
}
