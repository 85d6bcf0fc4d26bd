import type { Policy } from '../../../schemas/policy';
import { ChunkFindingJudge } from '../engine/datasets/chunk-finding-judge';
import type { ChunkReport } from '../engine/datasets/chunk-report';
import { addCounts, emptySummary, type DatasetSummary } from '../engine/datasets/dataset-summary';
import type { Severity } from '../engine/types';
import { acceptsFingerprints, isAcceptedFinding } from '../engine/secrets/accepted-finding';
import type { OmittedFindings, ReportedFinding } from './report';

export interface CollectOptions {
  /**
   * Findings listed per rule; the rest are counted (`omitted`). A dataset full of personal data
   * has a finding per record, and keeping them all made memory grow with the file.
   */
  maxFindingsPerRule?: number;
  /**
   * Fingerprints a baseline accepts. They, and what the policy accepts, are left out before the
   * cap, so the cap never hides a new finding behind accepted ones.
   */
  accepted?: ReadonlySet<string>;
}

/** Findings listed per rule and file by default (the CLI's check). */
export const MAX_FINDINGS_PER_RULE = 1000;

/**
 * A streamed file's findings, taken from its chunk reports as they arrive: each chunk's lines
 * placed after the lines of the chunks before it (reports that come early wait for those),
 * accepted ones left out, the rest judged as the policy says (`ChunkFindingJudge`), at most
 * `maxFindingsPerRule` kept per rule.
 */
export class ChunkReportCollector {
  private readonly judge: ChunkFindingJudge;
  private readonly summary = emptySummary();
  private readonly findings: ReportedFinding[] = [];
  private readonly listed = new Map<string, number>();
  private readonly omitted = new Map<string, OmittedFindings>();
  private readonly early = new Map<number, ChunkReport>();
  private next = 0;
  private baseLine = 0;

  constructor(private readonly policy: Policy, private readonly policyPath: string, private readonly options: CollectOptions = {}) {
    this.judge = new ChunkFindingJudge(policy, policyPath);
  }

  /** The report of the chunk at `index` (0-based, in file order). */
  add(index: number, report: ChunkReport): void {
    this.early.set(index, report);
    for (let ready = this.early.get(this.next); ready; ready = this.early.get(this.next)) {
      this.early.delete(this.next++);
      this.take(ready);
    }
  }

  /** Once every chunk's report is in. */
  result(): { findings: ReportedFinding[]; summary: DatasetSummary; omitted: OmittedFindings[] } {
    if (this.early.size > 0) throw new Error(`chunk report ${this.next} never arrived`);
    const findings = [...this.findings].sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
    return { findings, summary: this.summary, omitted: [...this.omitted.values()] };
  }

  private take(report: ChunkReport): void {
    const { summary } = this;
    const max = this.options.maxFindingsPerRule ?? Infinity;
    summary.records += report.records;
    addCounts(summary.counts, report.counts);
    for (const f of report.findings) {
      // The workers drop allowlisted values; accepted fingerprints are the policy's (and baseline's) to apply.
      if (isAcceptedFinding(f, this.policyPath, this.policy, this.options.accepted)) continue;
      const severity = this.judge.judge(f);
      if (severity === 'repeat') summary.counts['sensitive-field'] = (summary.counts['sensitive-field'] ?? 1) - 1;
      if (severity === 'repeat' || severity === 'off') continue;
      if (f.ruleId.startsWith('secrets/')) summary.secrets++;
      const listed = this.listed.get(f.ruleId) ?? 0;
      if (listed >= max) {
        this.countOmitted(f.ruleId, severity);
        continue;
      }
      this.listed.set(f.ruleId, listed + 1);
      this.findings.push({
        ruleId: f.ruleId, severity, message: f.message, fingerprint: f.fingerprint,
        line: this.baseLine + f.line + 1, column: f.column + 1, endLine: this.baseLine + f.endLine + 1, endColumn: f.endColumn + 1,
      });
    }
    for (const [ruleId, n] of Object.entries(report.omitted ?? {})) {
      const severity = this.judge.severity(ruleId);
      if (severity !== 'off') this.countOmitted(ruleId, severity, n);
    }
    this.baseLine += report.lines;
  }

  private countOmitted(ruleId: string, severity: Severity, n = 1): void {
    const entry = this.omitted.get(ruleId);
    if (entry) entry.count += n;
    else this.omitted.set(ruleId, { ruleId, severity, count: n });
  }

  /**
   * Whether chunks may drop findings beyond the cap themselves (`ChunkJob.maxFindingsPerRule`):
   * only when nothing is accepted by fingerprint, since an accepted finding must not take a place
   * in the cap.
   */
  get chunkCap(): number | undefined {
    const { maxFindingsPerRule, accepted } = this.options;
    return maxFindingsPerRule === undefined || maxFindingsPerRule === Infinity || acceptsFingerprints(this.policy, accepted) ? undefined : maxFindingsPerRule;
  }
}
