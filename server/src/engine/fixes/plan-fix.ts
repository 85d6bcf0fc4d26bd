import type { Policy } from '../../../../schemas/policy';
import { checkDocument } from '../check-document';
import { parseDocument, type DocumentInput } from '../parse/parse-document';
import type { Finding } from '../types';
import { planFileFix, type FilePlan } from './file-fix';
import { planMove } from './move-secret';
import type { TextEdit } from './text-edit';

export interface MoveSecretPlan {
  /** The literal to store before the config is edited. */
  value: string;
  variable: string;
  /** Edits of the config that remove the literal (for the proposed variable). */
  edits: TextEdit[];
  /** What the fix does to the file, for its title. */
  title: string;
}

/**
 * Re-derive, from the current text, the fix for the finding of `ruleId` at [start, end).
 * The fix is computed from what the document holds now, never from data a client sent back.
 */
export function planFixAt(input: DocumentInput, policy: Policy, ruleId: string, start: number, end: number): MoveSecretPlan | undefined {
  const finding = checkDocument(input, { policy }).findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
  if (!finding) return undefined;
  const move = planMove(parseDocument(input), finding);
  if (!move) return undefined;
  return { value: move.value, variable: move.variable, edits: move.edits(move.variable), title: move.describe(move.variable) };
}

/** The plan of one finding (`only` = its fingerprint or offsets) or of every movable finding of the file. */
export function planFileFixFor(input: DocumentInput, policy: Policy, only?: { ruleId: string; start: number; end: number }): FilePlan {
  const findings = checkDocument(input, { policy }).findings.filter((f: Finding) => f.fix?.kind === 'move-secret'
    && (!only || (f.ruleId === only.ruleId && f.start === only.start && f.end === only.end)));
  return planFileFix(parseDocument(input), findings);
}
