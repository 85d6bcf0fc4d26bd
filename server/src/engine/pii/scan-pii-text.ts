import type { Cancellation } from '../types';
import { neverCancelled } from '../types';
import { KeywordAutomaton } from '../text/multi-matcher';
import type { PiiDetection, PiiDetector } from './pii-kind';
import { PII_DETECTORS } from './detectors';
import { NUMBER_RUN, numberRunMayQualify } from './triggers';
import { IBAN_TRIGGER } from './iban';
import { withBirthDatesBesideIds } from './identity-tuples';
import type { TextTriggers } from '../text/trigger-scan';
import { foldCompatibilityForms } from '../text/compatibility-forms';

/** Detectors sharing one trigger regex: one pass of it, each detector inspects every hit. */
interface TriggerGroup {
  trigger: RegExp;
  detectors: PiiDetector[];
  /** For triggers with literals: the trigger made sticky, tried only where a literal starts. */
  sticky?: RegExp;
}

interface ScanPlan {
  groups: TriggerGroup[];
  /** Literals of every literal-led trigger in one automaton, and the groups each literal leads. */
  automaton?: KeywordAutomaton;
  groupsOfLiteral: number[][];
}

const plans = new WeakMap<readonly PiiDetector[], ScanPlan>();

function planFor(detectors: readonly PiiDetector[]): ScanPlan {
  const cached = plans.get(detectors);
  if (cached) return cached;
  const groups: TriggerGroup[] = [];
  for (const detector of detectors) {
    const group = groups.find((g) => g.trigger === detector.trigger);
    if (group) group.detectors.push(detector);
    else groups.push({ trigger: detector.trigger, detectors: [detector] });
  }
  const literalOwners = new Map<string, number[]>();
  groups.forEach((group, index) => {
    const literals = [...new Set(group.detectors.flatMap((d) => d.literals ?? []).map((l) => l.toLowerCase()))];
    // Every detector of the group must bound the trigger's matches by literals, else the group keeps its regex pass.
    if (literals.length === 0 || group.detectors.some((d) => !d.literals?.length)) return;
    group.sticky = new RegExp(group.trigger.source, `${group.trigger.flags.replace('g', '')}y`);
    for (const literal of literals) literalOwners.set(literal, [...(literalOwners.get(literal) ?? []), index]);
  });
  const automaton = KeywordAutomaton.build([...literalOwners.keys()]);
  if (!automaton) for (const group of groups) group.sticky = undefined;
  const plan: ScanPlan = { groups, automaton, groupsOfLiteral: automaton ? automaton.keywords.map((k) => literalOwners.get(k)!) : [] };
  plans.set(detectors, plan);
  return plan;
}

/**
 * Every personal-data detection in `raw`, sorted by offset, overlaps resolved in favour of the
 * more specific detector; no-break spaces, full-width and other scripts' digits read as ASCII. One pass per distinct trigger regex (one automaton pass for all
 * literal-led triggers); validation only where it hits.
 */
export function scanPiiText(raw: string, detectors: readonly PiiDetector[] = PII_DETECTORS, cancellation: Cancellation = neverCancelled): PiiDetection[] {
  const text = foldCompatibilityForms(raw);
  const scan = new PiiTextScan(text, detectors);
  scan.regexPasses(cancellation);
  const automaton = planFor(detectors).automaton;
  if (automaton && !cancellation.isCancellationRequested) {
    const ends = automaton.ends(text);
    for (let h = 0; h < ends.length; h += 2) {
      for (const literal of automaton.keywordsAt(ends[h + 1])) scan.literalEnd(literal, ends[h]);
    }
  }
  return scan.detections();
}

/** The lower-case literals of the detectors' literal-led triggers; `PiiTextScan.literalEnd` takes indexes into this list. */
export function piiLiterals(detectors: readonly PiiDetector[] = PII_DETECTORS): readonly string[] {
  return planFor(detectors).automaton?.keywords ?? [];
}

/**
 * One text's scan, in two parts so a caller can find the literals in a pass of its own (the
 * dataset scan finds them with the secret keywords in one automaton): the regex passes, and the
 * literal-led triggers fed occurrence by occurrence.
 */
export class PiiTextScan {
  private readonly plan: ScanPlan;
  /** Per group, in text order; concatenated in group order, as one regex pass per group would give. */
  private readonly found: PiiDetection[][];
  /** Per literal-led group: where its literals start, as the automaton reported them. */
  private readonly literalStarts: number[][];

  constructor(private readonly text: string, private readonly detectors: readonly PiiDetector[] = PII_DETECTORS) {
    this.plan = planFor(detectors);
    this.found = this.plan.groups.map(() => []);
    this.literalStarts = this.plan.groups.map(() => []);
  }

  /**
   * The triggers without literals: one global regex pass each, or, given a byte pass's `triggers`,
   * the number-run trigger inside its stretches and the IBAN trigger at its starts only (the same
   * matches: a number run lies within one stretch, and IBAN trigger matches cannot overlap).
   */
  regexPasses(cancellation: Cancellation = neverCancelled, triggers?: TextTriggers): void {
    const text = this.text;
    this.plan.groups.forEach((group, g) => {
      if (group.sticky || cancellation.isCancellationRequested) return;
      const inspect = (at: RegExpExecArray) => {
        for (const detector of group.detectors) detector.inspect(text, at, this.found[g]);
      };
      const trigger = group.trigger;
      if (trigger === NUMBER_RUN && triggers) numberRunsInStretches(text, triggers.numberStretches, inspect);
      else if (trigger === IBAN_TRIGGER && triggers) matchesAt(text, triggers.ibanStarts, trigger, inspect);
      else {
        const numeric = trigger === NUMBER_RUN;
        trigger.lastIndex = 0;
        for (let at = trigger.exec(text); at; at = trigger.exec(text)) {
          if (!numeric || numberRunMayQualify(text, at.index, at[0])) inspect(at);
        }
      }
    });
  }

  /** A literal (index into `piiLiterals`) ends at `end`: a match of the triggers it leads may start where it does. */
  literalEnd(literal: number, end: number): void {
    const start = end - this.plan.automaton!.keywords[literal].length;
    for (const g of this.plan.groupsOfLiteral[literal]) this.literalStarts[g].push(start);
  }

  detections(): PiiDetection[] {
    this.plan.groups.forEach((group, g) => {
      if (group.sticky && this.literalStarts[g].length > 0) this.literalPass(g, group.sticky);
    });
    const detections = withBirthDatesBesideIds(this.text, resolveOverlaps(this.found.flat(), this.detectors));
    return detections.some((d) => d.placeholder) ? detections.filter((d) => !d.placeholder) : detections;
  }

  /**
   * The matches a global `trigger.exec` loop would give: every match starts with a literal, so the
   * sticky trigger is tried where one starts, in increasing order, each place once, and not inside
   * the last match (leftmost match first, as exec). One try per literal: a literal's start is known.
   */
  private literalPass(g: number, sticky: RegExp): void {
    const starts = this.literalStarts[g];
    this.literalStarts[g] = [];
    starts.sort((a, b) => a - b); // literals ending later may start earlier (`ziekenhuisnummer` and `hc`)
    let consumed = 0;
    let tried = -1;
    for (const start of starts) {
      if (start < consumed || start === tried) continue;
      tried = start;
      sticky.lastIndex = start;
      const at = sticky.exec(this.text);
      if (!at) continue;
      for (const detector of this.plan.groups[g].detectors) detector.inspect(this.text, at, this.found[g]);
      consumed = start + Math.max(1, at[0].length);
    }
  }
}

function resolveOverlaps(found: PiiDetection[], detectors: readonly PiiDetector[]): PiiDetection[] {
  if (found.length < 2) return found;
  const priority = new Map(detectors.map((d, i) => [d.kind, i]));
  found.sort((a, b) => a.start - b.start || priority.get(a.kind)! - priority.get(b.kind)!);
  const kept: PiiDetection[] = [];
  for (const detection of found) {
    const last = kept[kept.length - 1];
    if (last && detection.start < last.end) {
      if (priority.get(detection.kind)! < priority.get(last.kind)!) kept[kept.length - 1] = detection;
      continue;
    }
    kept.push(detection);
  }
  return kept;
}

/** `NUMBER_RUN` matches that may hold a number (`numberRunMayQualify`), looked for inside each (start, end) stretch only. */
function numberRunsInStretches(text: string, stretches: Int32Array, onRun: (at: RegExpExecArray) => void): void {
  for (let i = 0; i < stretches.length; i += 2) {
    const start = stretches[i];
    const piece = text.slice(start, stretches[i + 1]);
    NUMBER_RUN.lastIndex = 0;
    for (let at = NUMBER_RUN.exec(piece); at; at = NUMBER_RUN.exec(piece)) {
      at.index += start;
      if (!numberRunMayQualify(text, at.index, at[0])) continue;
      onRun(at);
    }
  }
}

/** The matches of global `trigger` known to start at `starts`, as its exec loop would give them. */
function matchesAt(text: string, starts: Int32Array, trigger: RegExp, onMatch: (at: RegExpExecArray) => void): void {
  const sticky = stickyCopies.get(trigger) ?? new RegExp(trigger.source, trigger.flags.replace('g', '') + 'y');
  stickyCopies.set(trigger, sticky);
  for (const start of starts) {
    sticky.lastIndex = start;
    const at = sticky.exec(text);
    if (at) onMatch(at);
  }
}

const stickyCopies = new WeakMap<RegExp, RegExp>();
