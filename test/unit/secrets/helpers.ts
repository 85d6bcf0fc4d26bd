import { checkDocument } from '../../../server/src/engine/check-document';
import type { Policy } from '../../../schemas/policy';

export interface Hit { ruleId: string; text: string }

/** The secret findings of a document, with the source text each one covers. */
export function secrets(path: string, text: string, options: { policy?: Policy; trusted?: boolean; baseline?: ReadonlySet<string> } = {}): Hit[] {
  return checkDocument({ path, text }, options).findings
    .filter((f) => f.ruleId.startsWith('secrets/'))
    .map((f) => ({ ruleId: f.ruleId, text: text.slice(f.start, f.end) }));
}

export const ids = (hits: Hit[]) => hits.map((h) => h.ruleId);
