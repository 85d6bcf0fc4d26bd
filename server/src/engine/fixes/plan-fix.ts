import type { Policy } from '../../../../schemas/policy';
import { checkDocument } from '../check-document';
import { parseDocument, type DocumentInput } from '../parse/parse-document';
import { planMoveSecret, type MoveSecretPlan } from './move-secret';

/**
 * Re-derive, from the current text, the fix for the finding of `ruleId` at [start, end).
 * The fix is computed from what the document holds now, never from data a client sent back.
 */
export function planFixAt(input: DocumentInput, policy: Policy, ruleId: string, start: number, end: number): MoveSecretPlan | undefined {
  const finding = checkDocument(input, { policy }).findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
  if (!finding) return undefined;
  return planMoveSecret(parseDocument(input), finding);
}
