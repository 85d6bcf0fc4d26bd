import type { Cancellation } from '../types';
import { neverCancelled } from '../types';
import type { PiiDetection, PiiDetector } from './pii-kind';
import { PII_DETECTORS } from './detectors';
import { NUMBER_RUN } from './triggers';

/**
 * Every personal-data detection in `text`, sorted by offset, overlaps resolved in favour of the
 * more specific detector. One pass per distinct trigger regex; validation only where it hits.
 */
export function scanPiiText(text: string, detectors: readonly PiiDetector[] = PII_DETECTORS, cancellation: Cancellation = neverCancelled): PiiDetection[] {
  const byTrigger = new Map<RegExp, PiiDetector[]>();
  for (const detector of detectors) {
    const group = byTrigger.get(detector.trigger);
    if (group) group.push(detector);
    else byTrigger.set(detector.trigger, [detector]);
  }
  const found: PiiDetection[] = [];
  for (const [trigger, group] of byTrigger) {
    if (cancellation.isCancellationRequested) break;
    trigger.lastIndex = 0;
    const numeric = trigger === NUMBER_RUN;
    for (let at = trigger.exec(text); at; at = trigger.exec(text)) {
      // Every number detector needs at least 8 digits inside the run (SSN 9, card 12, phone 8).
      if (numeric && countDigits(at[0]) < 8) continue;
      for (const detector of group) detector.inspect(text, at, found);
    }
  }
  return resolveOverlaps(found, detectors);
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

function countDigits(run: string): number {
  let n = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
