import { escapeRegExp } from '../secrets/keyword-prefilter';
import { normaliseKey } from '../secrets/normalise-key';
import { SECRET_RULES } from '../secrets/rules';
import type { SecretRule } from '../secrets/secret-rule';
import { RECORD_TRIGGERS } from '../secrets/record-triggers';
import { KeywordAutomaton } from '../text/multi-matcher';
import { patternFacts } from '../secrets/pattern-facts';
import { unionByPosition } from '../secrets/regex-prefixes';
import { decodeJsonEscapes } from './json-escapes';

/** Characters that end a token in data text: JSON quotes, whitespace, CSV commas, brackets. */
const BOUNDARY = new Uint8Array(128);
for (const c of '" \n\r\t,\'<>[]{}') BOUNDARY[c.charCodeAt(0)] = 1;

/** What the pass reads of a rule: its keywords and pattern (a credential assignment's trigger has only these). */
type Trigger = Pick<SecretRule, 'keywords' | 'pattern' | 'find'>;

function isBoundary(code: number): boolean {
  return code < 128 && BOUNDARY[code] === 1;
}

/** Start of the token around a keyword hit, widened by one word to the left for patterns with context ("token abc..."). */
function tokenStart(text: string, start: number): number {
  let from = start;
  let words = 0;
  while (from > 0 && start - from < 512) {
    const code = text.charCodeAt(from - 1);
    if (code === 10 || code === 34) break;
    if (isBoundary(code) && ++words > 1) break;
    from--;
  }
  return from;
}

/** End of the token around a keyword hit, widened by one word to the right. */
function tokenEnd(text: string, end: number): number {
  let to = end;
  let words = 0;
  while (to < text.length && to - end < 2048) {
    const code = text.charCodeAt(to);
    if (code === 10 || code === 34) break;
    if (isBoundary(code) && ++words > 1) break;
    to++;
  }
  return to;
}

/**
 * The rule's pattern made sticky, without its leading look-behind, when every match of it starts
 * with one of its keywords: then "may this keyword hit be a secret" is one anchored match at the
 * hit, with no token to cut out. The look-behind goes because the data text is raw JSON: in
 * `"hi\\nghp_…"` the token follows the letter `n` of an escape (the engine sees a line break).
 */
function stickyAtKeyword(rule: Trigger): RegExp | undefined {
  if (!rule.pattern) return undefined;
  const facts = patternFacts(rule.pattern);
  const keywords = rule.keywords.map((k) => k.toLowerCase());
  if (!facts.leading?.every((p) => keywords.some((k) => p.startsWith(k) || k.startsWith(p)))) return undefined;
  return new RegExp(facts.sourceWithoutLookbehind, `${rule.pattern.flags.replace('g', '')}y`);
}

function mayMatch(rule: Trigger, token: string): boolean {
  if (rule.find) return true;
  const pattern = rule.pattern!;
  pattern.lastIndex = 0;
  const hit = pattern.test(token);
  pattern.lastIndex = 0;
  return hit;
}

/**
 * Which records (lines) of a data chunk may hold a secret: the secret rules' keywords, each hit
 * confirmed by its rules (anchored at the hit, or on the token around it), and record keys that a
 * key-context rule watches.
 * Light on purpose (rule definitions only, no parser, no engine), so dataset workers start fast;
 * `SecretLineScanner` runs the engine on the lines it finds.
 */
export class SecretKeywordPass {
  private readonly keywordPass: RegExp | undefined;
  /** The keywords, longest first, when all are ASCII (as the automata need); else undefined. */
  private readonly asciiKeywords: readonly string[] | undefined;
  /** Finds every keyword occurrence in one pass; built on first use (the dataset scan has its own combined one). */
  private automaton: KeywordAutomaton | undefined;
  /**
   * Per keyword of `asciiKeywords`, worked out at its first hit: its rules whose matches start with
   * a keyword, as anchored patterns (`stickyAtKeyword`), and its other rules, tried on the token
   * around a hit. And all its rules.
   */
  private readonly keywordSticky: (RegExp[] | undefined)[];
  private readonly keywordTokenRules: (Trigger[] | undefined)[];
  private readonly keywordRules: Trigger[][];
  private readonly stickyByRule = new Map<Trigger, RegExp | undefined>();
  private readonly follows = new Map<number, Uint8Array[] | undefined>();
  /** Whether the text `confirms` saw last holds JSON-escaped slashes (`https:\\/\\/…`), which anchored patterns cannot match. */
  private escapesText: string | undefined;
  private escapedSlashes = false;
  private readonly keyedRules = SECRET_RULES.filter((r) => r.keyed);
  private readonly secretKeys = new Map<string, boolean>();
  /** Pattern rules by lower-case keyword: a hit is confirmed by running only these on its value. */
  private readonly rulesByKeyword = new Map<string, Trigger[]>();
  /** Keywords of the policy's custom patterns: every occurrence makes a candidate line. */
  private readonly unconditional: ReadonlySet<string>;

  /**
   * `customKeywords`: the keywords of the policy's custom patterns. Those patterns run on RE2 in the
   * engine (`SecretLineScanner`), not here, so every line holding one of their keywords is a candidate.
   */
  constructor(customKeywords: readonly string[] = []) {
    this.unconditional = new Set(customKeywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0));
    // The rules' patterns, and the assignments to credential names (and other named values) that the keyed detectors judge in a record's text.
    const triggers: readonly Trigger[] = [...SECRET_RULES, ...RECORD_TRIGGERS];
    for (const rule of triggers) {
      if (!rule.pattern && !rule.find) continue;
      for (const keyword of rule.keywords) {
        const lower = keyword.toLowerCase();
        if (lower) this.rulesByKeyword.set(lower, [...(this.rulesByKeyword.get(lower) ?? []), rule]);
      }
    }
    for (const keyword of this.unconditional) if (!this.rulesByKeyword.has(keyword)) this.rulesByKeyword.set(keyword, []);
    const keywords = [...this.rulesByKeyword.keys()].sort((a, b) => b.length - a.length);
    this.keywordPass = keywords.length > 0 ? new RegExp(keywords.map(escapeRegExp).join('|'), 'gi') : undefined;
    this.asciiKeywords = keywords.length > 0 && keywords.every((k) => /^[\x00-\x7f]+$/.test(k)) ? keywords : undefined;
    this.keywordRules = (this.asciiKeywords ?? []).map((k) => this.rulesByKeyword.get(k)!);
    this.keywordSticky = new Array(this.keywordRules.length);
    this.keywordTokenRules = new Array(this.keywordRules.length);
  }

  /** Whether values under this key are checked by a key-context rule (`api_key`, `password`). */
  isSecretKey(key: string): boolean {
    let secret = this.secretKeys.get(key);
    if (secret === undefined) {
      // As the engine's rule set selects keyed detectors (SecretRuleSet.keyedRulesFor).
      const normal = normaliseKey(key);
      secret = this.keyedRules.some((r) => r.keyed!.key.test(normal) && !r.keyed!.notKey?.test(normal));
      if (this.secretKeys.size > 10_000) this.secretKeys.clear(); // datasets with generated keys must not grow this forever
      this.secretKeys.set(key, secret);
    }
    return secret;
  }

  /**
   * Start offsets of the lines where a rule keyword occurs and one of its rules matches the token
   * around it. Common keywords ("sk", "pat", "://") hit prose all the time: only confirmed lines
   * go through the engine. Every occurrence is considered (overlapping ones too), one confirmed
   * hit per line is enough.
   */
  keywordLines(text: string, into: Set<number>): void {
    const automaton = this.asciiKeywords ? (this.automaton ??= KeywordAutomaton.build(this.asciiKeywords)) : undefined;
    if (!automaton) {
      this.keywordLinesByRegex(text, into);
      return;
    }
    automaton.scan(text, 0, (end, state) => {
      for (const keyword of automaton.keywordsAt(state)) {
        if (!this.confirms(text, keyword, end)) continue;
        into.add(text.lastIndexOf('\n', end - 1) + 1);
        const lineEnd = text.indexOf('\n', end);
        return lineEnd === -1 ? -1 : lineEnd + 1;
      }
      return end;
    });
  }

  /**
   * Start offsets of the lines that hold JSON-escaped slashes (`https:\\/\\/user:pw@…`) and whose
   * keywords are confirmed once those read as slashes: keywords such as `://` are not in the raw
   * text of such a line, though the engine, which decodes it, finds its secret.
   */
  escapedSlashLines(text: string, into: Set<number>): void {
    if (!this.hasEscapedSlashes(text)) return;
    let lineEnd = -1;
    for (let at = text.indexOf('\\/'); at !== -1; at = text.indexOf('\\/', Math.max(at + 2, lineEnd + 1))) {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = text.length;
      if (into.has(lineStart)) continue;
      const found = new Set<number>();
      this.keywordLines(text.slice(lineStart, lineEnd).replace(/\\\//g, '/'), found);
      if (found.size > 0) into.add(lineStart);
    }
  }

  /** The rule keywords (lower case) that `confirms` takes indexes into; undefined when one is not ASCII (then only `keywordLines` serves). */
  get keywords(): readonly string[] | undefined {
    return this.asciiKeywords;
  }

  /**
   * Whether a rule of keyword `keyword` (an index into `keywords`), occurring in `text` up to
   * `end`, may match there: anchored at the hit for rules whose matches start with a keyword,
   * else on the token around the hit with its JSON escapes decoded.
   */
  confirms(text: string, keyword: number, end: number): boolean {
    const word = this.asciiKeywords![keyword];
    if (this.unconditional.has(word)) return true;
    const start = end - word.length;
    if (!this.keywordSticky[keyword]) this.prepare(keyword);
    for (const sticky of this.keywordSticky[keyword]!) {
      sticky.lastIndex = start;
      if (sticky.test(text)) return true;
    }
    const rules = this.hasEscapedSlashes(text) ? this.keywordRules[keyword] : this.keywordTokenRules[keyword]!;
    if (rules.length === 0) return false;
    const token = decodeJsonEscapes(text.slice(tokenStart(text, start), tokenEnd(text, end)));
    return rules.some((rule) => mayMatch(rule, token));
  }

  /**
   * What may follow keyword `keyword` (an index into `keywords`) where it can be confirmed: one
   * byte set per position after it (`followingSets`, union over its rules). Undefined when any
   * text may be confirmed (a custom pattern's keyword, a rule whose matches need not start with
   * a keyword). The byte pass drops the hits that fail it.
   */
  followFilter(keyword: number, depth: number): Uint8Array[] | undefined {
    if (this.follows.has(keyword)) return this.follows.get(keyword);
    const word = this.asciiKeywords![keyword];
    const rules = this.keywordRules[keyword];
    let sets: Uint8Array[] | undefined;
    if (!this.unconditional.has(word) && rules.length > 0 && rules.every((rule) => this.stickyOf(rule))) {
      const following = rules.map((rule) => patternFacts(rule.pattern!).follow(word, depth));
      if (following.every((list) => list !== undefined)) sets = unionByPosition(following);
    }
    this.follows.set(keyword, sets);
    return sets;
  }

  /** Whether `text` holds a JSON-escaped slash; asked once per text (every hit of a chunk asks). */
  private hasEscapedSlashes(text: string): boolean {
    if (text !== this.escapesText) {
      this.escapesText = text;
      this.escapedSlashes = text.includes('\\/');
    }
    return this.escapedSlashes;
  }

  private stickyOf(rule: Trigger): RegExp | undefined {
    if (!this.stickyByRule.has(rule)) this.stickyByRule.set(rule, stickyAtKeyword(rule));
    return this.stickyByRule.get(rule);
  }

  private prepare(keyword: number): void {
    this.keywordSticky[keyword] = this.keywordRules[keyword].flatMap((rule) => this.stickyOf(rule) ?? []);
    this.keywordTokenRules[keyword] = this.keywordRules[keyword].filter((rule) => !this.stickyOf(rule));
  }

  /** The same without an automaton (a keyword that is not ASCII): the regex alternation. */
  private keywordLinesByRegex(text: string, into: Set<number>): void {
    const pass = this.keywordPass;
    if (!pass) return;
    pass.lastIndex = 0;
    for (let m = pass.exec(text); m; m = pass.exec(text)) {
      const token = decodeJsonEscapes(text.slice(tokenStart(text, m.index), tokenEnd(text, m.index + m[0].length)));
      const lower = m[0].toLowerCase();
      const rules = this.rulesByKeyword.get(lower) ?? [];
      if (!this.unconditional.has(lower) && !rules.some((rule) => mayMatch(rule, token))) continue;
      into.add(text.lastIndexOf('\n', m.index) + 1);
      const lineEnd = text.indexOf('\n', m.index);
      if (lineEnd === -1) break;
      pass.lastIndex = lineEnd + 1;
    }
  }
}
