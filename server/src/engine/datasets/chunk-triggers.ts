import { piiLiterals, type PiiTextScan } from '../pii/scan-pii-text';
import { KeywordAutomaton } from '../text/multi-matcher';
import type { SecretKeywordPass } from './secret-keywords';
import { FOLLOW_DEPTH, TriggerScanner, type TextTriggers } from '../text/trigger-scan';
import { unionByPosition } from '../secrets/regex-prefixes';

/**
 * Every literal trigger of a dataset chunk in one automaton pass: the context words of the
 * personal-data detectors ("born", "MRN") and the secret rules' keywords. The chunk's text is
 * walked once instead of once per family.
 */
export class ChunkTriggers {
  private readonly automaton: KeywordAutomaton | undefined;
  /** Per automaton keyword: its index in `piiLiterals()` and in the scanner's `keywords`, or -1. */
  private readonly piiLiteral: Int32Array;
  private readonly secretKeyword: Int32Array;
  /** Automaton states whose follow filter was worked out (given to the byte pass, or found not to exist). */
  private readonly filtered = new Set<number>();

  private constructor(private readonly secrets: SecretKeywordPass | undefined) {
    const pii = piiLiterals();
    const secretKeywords = secrets?.keywords ?? [];
    this.automaton = KeywordAutomaton.build([...pii, ...secretKeywords]);
    const keywords = this.automaton?.keywords ?? [];
    this.piiLiteral = Int32Array.from(keywords, (k) => pii.indexOf(k));
    this.secretKeyword = Int32Array.from(keywords, (k) => secretKeywords.indexOf(k));
  }

  private static readonly cache = new WeakMap<object, ChunkTriggers>();
  private static piiOnly: ChunkTriggers | undefined;

  /** One per secrets scanner (built once per worker), or personal data alone. */
  static for(secrets: SecretKeywordPass | undefined): ChunkTriggers {
    if (!secrets) return (ChunkTriggers.piiOnly ??= new ChunkTriggers(undefined));
    let triggers = ChunkTriggers.cache.get(secrets);
    if (!triggers) {
      triggers = new ChunkTriggers(secrets);
      ChunkTriggers.cache.set(secrets, triggers);
    }
    return triggers;
  }

  /**
   * The keyword ends, number stretches, IBAN starts (and with `keys` the JSON record keys) of
   * `text` in one WebAssembly pass over its bytes; undefined where that pass cannot serve (then
   * `scan` and the regex passes walk the text).
   */
  prescan(text: string, keys: boolean): TextTriggers | undefined {
    return this.automaton ? TriggerScanner.for(this.automaton)?.scan(text, keys) : undefined;
  }

  /** Leaves a record key out of later chunks' `keys` (`TriggerScanner.skipKey`). */
  skipKey(key: string): void {
    if (this.automaton) TriggerScanner.for(this.automaton)?.skipKey(key);
  }

  /**
   * Feed the personal-data literals to `pii`, and add to `secretLines` the start of every line
   * where a secret keyword is confirmed (`SecretKeywordPass.keywordLines` semantics).
   */
  scan(text: string, pii: PiiTextScan, secretLines: Set<number>, triggers?: TextTriggers): void {
    const automaton = this.automaton;
    const secrets = this.secrets;
    if (secrets && !secrets.keywords) secrets.keywordLines(text, secretLines); // a keyword outside ASCII: its own pass
    secrets?.escapedSlashLines(text, secretLines);
    if (!automaton) return;
    const { piiLiteral, secretKeyword } = this;
    let lineConfirmedUntil = 0; // one confirmed keyword per line is enough
    const ends = triggers?.keywordEnds ?? automaton.ends(text);
    const filtered = this.filtered;
    let unfiltered: number[] | undefined;
    for (let h = 0; h < ends.length; h += 2) {
      const end = ends[h];
      if (triggers && !filtered.has(ends[h + 1])) {
        filtered.add(ends[h + 1]);
        (unfiltered ??= []).push(ends[h + 1]);
      }
      for (const keyword of automaton.keywordsAt(ends[h + 1])) {
        const literal = piiLiteral[keyword];
        if (literal !== -1) pii.literalEnd(literal, end);
        const secret = secretKeyword[keyword];
        if (secret === -1 || end <= lineConfirmedUntil || !secrets!.confirms(text, secret, end)) continue;
        secretLines.add(text.lastIndexOf('\n', end - 1) + 1);
        const lineEnd = text.indexOf('\n', end);
        lineConfirmedUntil = lineEnd === -1 ? text.length : lineEnd;
      }
    }
    for (const state of unfiltered ?? []) this.installFollowFilter(state);
  }

  /**
   * Gives the byte pass what may follow the keywords ending in `state` (`followFilter`), so that
   * later chunks report only their hits that a rule may confirm: "task", "path" and "tokenizer"
   * hit the keywords `sk`, `pat` and `token` all through prose. Learnt from the states that hit,
   * so start-up reads no rule it does not need.
   */
  private installFollowFilter(state: number): void {
    const scanner = this.automaton && this.secrets ? TriggerScanner.for(this.automaton) : undefined;
    if (!scanner) return;
    const following: Uint8Array[][] = [];
    for (const keyword of this.automaton!.keywordsAt(state)) {
      const secret = this.secretKeyword[keyword];
      // Personal-data context words count wherever they occur.
      const sets = this.piiLiteral[keyword] === -1 && secret !== -1 ? this.secrets!.followFilter(secret, FOLLOW_DEPTH) : undefined;
      if (!sets) return;
      following.push(sets);
    }
    if (following.length > 0) scanner.setFollowFilter(state, unionByPosition(following));
  }
}
