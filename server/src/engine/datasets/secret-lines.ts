import { parseDocument } from '../parse/parse-document';
import { scanSecrets } from '../secrets/scan-secrets';
import { SECRET_RULES } from '../secrets/rules';
import type { SecretRule } from '../secrets/secret-rule';
import type { Cancellation, Finding } from '../types';
import { neverCancelled } from '../types';
import { SecretKeywordPass } from './secret-keywords';

/**
 * Secrets in big data files, through the secrets engine: one pass of the rules' keywords over the
 * whole chunk finds the records (lines) worth a look (`SecretKeywordPass`); only those go through
 * `scanSecrets`, parsed as a one-record document, so every rule, placeholder check and
 * suppression applies unchanged.
 */
export class SecretLineScanner extends SecretKeywordPass {
  /** `customRules`: the policy's custom patterns (`compileCustomPatterns`), when the workspace is trusted. */
  constructor(private readonly allowlistedValues: ReadonlySet<string> = new Set(), private readonly customRules: readonly SecretRule[] = []) {
    super(customRules.flatMap((rule) => rule.keywords));
  }

  /** Findings of the given lines, offsets relative to `text`. */
  scanLines(text: string, lineStarts: Iterable<number>, path: string, cancellation: Cancellation = neverCancelled): Finding[] {
    const findings: Finding[] = [];
    for (const start of [...lineStarts].sort((a, b) => a - b)) {
      if (cancellation.isCancellationRequested) break;
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const line = text.slice(start, end);
      const doc = parseDocument({ path, text: line });
      for (const finding of scanSecrets(doc, cancellation, SECRET_RULES, this.allowlistedValues, { extraRules: this.customRules })) {
        findings.push({ ...finding, start: finding.start + start, end: finding.end + start });
      }
    }
    return findings;
  }
}
