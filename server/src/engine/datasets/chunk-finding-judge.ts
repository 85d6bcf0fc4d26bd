import type { Policy, SeveritySetting } from '../../../../schemas/policy';
import { effectiveSeverity } from '../policy/severity';
import { ruleById } from '../rules/catalogue';
import type { PlacedFinding } from './chunk-report';
import type { Severity } from '../types';

/**
 * How a file's chunk findings are reported, the same in the CLI's stream and the editor's
 * background scan: a sensitive field name at its first sighting only (every chunk reports its own
 * first), at the severity the policy gives the rule, and not at all when the policy turns it off.
 */
export class ChunkFindingJudge {
  private readonly seenFields = new Set<string>();

  constructor(private readonly policy: Policy, private readonly path: string) {}

  /** The severity to report `finding` at; 'repeat' for a field seen before, 'off' when the rule is off. */
  judge(finding: PlacedFinding): SeveritySetting | 'repeat' {
    if (finding.ruleId === 'pii/sensitive-field') {
      const key = finding.fingerprint ?? finding.message;
      if (this.seenFields.has(key)) return 'repeat';
      this.seenFields.add(key);
    }
    return this.severity(finding.ruleId, finding.severity);
  }

  /** The severity the policy gives a rule's findings here (`fallback` for a rule the catalogue lacks). */
  severity(ruleId: string, fallback: Severity = 'warning'): SeveritySetting {
    return effectiveSeverity(this.policy, ruleId, this.path, ruleById(ruleId)?.defaultSeverity ?? fallback);
  }
}
