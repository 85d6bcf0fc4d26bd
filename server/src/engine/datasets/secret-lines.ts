import { parseDocument } from '../parse/parse-document';
import { scanSecrets } from '../secrets/scan-secrets';
import { escapeRegExp } from '../secrets/keyword-prefilter';
import { SecretRuleSet } from '../secrets/rule-set';
import { SECRET_RULES } from '../secrets/rules';
import type { Cancellation, Finding } from '../types';
import { neverCancelled } from '../types';
import type { SecretRule } from '../secrets/secret-rule';
import { KeywordAutomaton } from '../text/multi-matcher';

/** Characters that end a token in data text: JSON quotes, whitespace, CSV commas, brackets. */
function isBoundary(code: number): boolean {
  return code === 34 || code === 32 || code === 10 || code === 13 || code === 9 || code === 44 || code === 39 || code === 60 || code === 62 || code === 91 || code === 93 || code === 123 || code === 125;
}

/** The token around a keyword hit, widened by one word on each side for patterns with context ("token abc..."). */
function tokenAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  let words = 0;
  while (from > 0 && start - from < 512) {
    const code = text.charCodeAt(from - 1);
    if (code === 10 || code === 34) break;
    if (isBoundary(code) && ++words > 1) break;
    from--;
  }
  words = 0;
  while (to < text.length && to - end < 2048) {
    const code = text.charCodeAt(to);
    if (code === 10 || code === 34) break;
    if (isBoundary(code) && ++words > 1) break;
    to++;
  }
  return [from, to];
}

function mayMatch(rule: SecretRule, token: string): boolean {
  if (rule.find) return true;
  const pattern = rule.pattern!;
  pattern.lastIndex = 0;
  const hit = pattern.test(token);
  pattern.lastIndex = 0;
  return hit;
}

/**
 * Secrets in big data files, through the secrets engine: one pass of the rules' keywords over the
 * whole chunk finds the records (lines) worth a look; only those go through `scanSecrets`, parsed
 * as a one-record document, so every rule, placeholder check and suppression applies unchanged.
 */
export class SecretLineScanner {
  private readonly keywordPass: RegExp | undefined;
  /** Finds where the next keyword is, so the regex only runs a few characters before each hit. */
  private readonly automaton: KeywordAutomaton | undefined;
  private readonly ruleSet = new SecretRuleSet(SECRET_RULES);
  /** Pattern rules by lower-case keyword: a hit is confirmed by running only these on its value. */
  private readonly rulesByKeyword = new Map<string, SecretRule[]>();

  constructor(private readonly allowlistedValues: ReadonlySet<string> = new Set()) {
    for (const rule of SECRET_RULES) {
      if (!rule.pattern && !rule.find) continue;
      for (const keyword of rule.keywords) {
        const lower = keyword.toLowerCase();
        if (lower) this.rulesByKeyword.set(lower, [...(this.rulesByKeyword.get(lower) ?? []), rule]);
      }
    }
    const keywords = [...this.rulesByKeyword.keys()].sort((a, b) => b.length - a.length);
    this.keywordPass = keywords.length > 0 ? new RegExp(keywords.map(escapeRegExp).join('|'), 'gi') : undefined;
    this.automaton = KeywordAutomaton.build(keywords);
  }

  /** Whether values under this key are checked by a key-context rule (`api_key`, `password`). */
  isSecretKey(key: string): boolean {
    return this.ruleSet.keyedRulesFor(key).length > 0;
  }

  /** Start offsets of the lines holding a rule keyword. */
  keywordLines(text: string, into: Set<number>): void {
    const pass = this.keywordPass;
    if (!pass) return;
    pass.lastIndex = 0;
    for (let m = this.nextKeyword(pass, text); m; m = this.nextKeyword(pass, text)) {
      // Common keywords ("sk", "pat", "://") hit prose all the time: confirm with the keyword's own
      // rules on the token around the hit before the whole record goes through the engine.
      const [from, to] = tokenAround(text, m.index, m.index + m[0].length);
      const token = text.slice(from, to);
      const rules = this.rulesByKeyword.get(m[0].toLowerCase()) ?? [];
      if (!rules.some((rule) => mayMatch(rule, token))) continue;
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      into.add(lineStart);
      const lineEnd = text.indexOf('\n', m.index);
      if (lineEnd === -1) break;
      pass.lastIndex = lineEnd + 1; // one confirmed hit per line is enough
    }
  }

  /**
   * The match `pass.exec(text)` would return from `pass.lastIndex`. The leftmost match starts no
   * earlier than (first keyword end - longest keyword), so the regex starts there.
   */
  private nextKeyword(pass: RegExp, text: string): RegExpExecArray | null {
    const automaton = this.automaton;
    if (!automaton) return pass.exec(text);
    const from = pass.lastIndex;
    const end = automaton.firstEnd(text, from);
    if (end === -1) {
      pass.lastIndex = 0;
      return null;
    }
    pass.lastIndex = Math.max(from, end - automaton.maxLength);
    return pass.exec(text);
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
      for (const finding of scanSecrets(doc, cancellation, SECRET_RULES, this.allowlistedValues)) {
        findings.push({ ...finding, start: finding.start + start, end: finding.end + start });
      }
    }
    return findings;
  }
}
