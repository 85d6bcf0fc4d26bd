import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { ruleDocUrl } from '../../../schemas/rule-catalogue';
import { allRules } from '../engine/rules/catalogue';
import type { Severity } from '../engine/types';
import type { FileReport } from './report';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0 with one run; every rule the engine knows is described, results reference them. */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const rules: ReportingDescriptor[] = allRules().map((rule) => ({
    id: rule.id,
    name: rule.id.split('/')[1].replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    helpUri: ruleDocUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: {
      tags: [rule.family, ...(rule.standards?.owaspNhi ?? []), ...(rule.standards?.owaspLlm ?? []), ...(rule.standards?.nistCsf ?? []).map((c) => `NIST CSF ${c}`)],
    },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Result[] = [];
  for (const report of reports) {
    for (const f of report.findings) {
      results.push({
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: encodeURI(report.path), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        }],
        ...(f.fingerprint ? { partialFingerprints: { 'tuneguard/v1': f.fingerprint } } : {}),
      });
    }
  }
  // Results a streamed dataset did not list (a bounded number per rule): said once per file and rule.
  const notifications: Notification[] = reports.flatMap((report) => (report.omitted ?? []).map((more) => ({
    level: 'note' as const,
    message: { text: `${more.count} more result(s) of ${more.ruleId} in ${report.path} are not listed.` },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(report.path), uriBaseId: '%SRCROOT%' } } }],
    associatedRule: { id: more.ruleId, ...(ruleIndex.has(more.ruleId) ? { index: ruleIndex.get(more.ruleId) } : {}) },
  })));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Tuneguard', version, informationUri: 'https://github.com/tuneguard/tuneguard', rules } },
      columnKind: 'utf16CodeUnits',
      ...(notifications.length > 0 ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {}),
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
