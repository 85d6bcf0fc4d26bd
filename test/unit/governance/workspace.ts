import { loadPolicy } from '../../../server/src/engine/policy/load-policy';
import { checkDocument, type CheckResult } from '../../../server/src/engine/check-document';
import { DatasetIndex } from '../../../server/src/engine/governance/dataset-index';
import { factsFromText } from '../../../server/src/engine/governance/manifests/facts-from-text';
import type { Finding } from '../../../server/src/engine/types';

/** An in-memory workspace: files by relative path, indexed as the server and the CLI index them. */
export class MemoryWorkspace {
  constructor(readonly files: Record<string, string>, readonly now = new Date('2026-06-01T00:00:00Z')) {}

  index(): DatasetIndex {
    return new DatasetIndex(Object.entries(this.files).map(([path, text]) => factsFromText(path, text)));
  }

  check(path: string): CheckResult {
    const policyText = this.files['.tuneguard.yaml'];
    const policy = policyText === undefined ? undefined : loadPolicy(policyText).policy;
    const index = this.index();
    return checkDocument({ path, text: this.files[path] }, { policy, workspace: { datasetIndex: () => index }, now: () => this.now });
  }

  governance(path: string, ruleId?: string): Finding[] {
    return this.check(path).findings.filter((f) => f.ruleId.startsWith('governance/') && (!ruleId || f.ruleId === ruleId));
  }

  /** The text each finding points at, for readable assertions. */
  spans(path: string, ruleId: string): string[] {
    return this.governance(path, ruleId).map((f) => this.files[path].slice(f.start, f.end));
  }
}

export const RESTRICTED_TICKETS = `name: Support tickets
hub_id: acme/support-tickets
owner: ml-platform@acme.example
classification: restricted
license: proprietary
source: Zendesk export
retention: P1Y
`;
