import type { KeyPath } from '../parse/tree';
import type { RuleMeta } from '../types';

/** Where a candidate string sits: lets rules use the key it is written under. */
export interface SecretCandidate {
  value: string;
  /** Offsets of the value's source text in the document. */
  start: number;
  end: number;
  /** Key path to the value (empty for free text). */
  path: KeyPath;
}

export interface SecretRule extends RuleMeta {
  family: 'secrets';
  /** Who issued the credential, shown in messages: "Hugging Face". */
  provider: string;
  /**
   * Prefilter: lower-case literals of which at least one must occur in the value for the
   * pattern to run at all. Empty means the rule runs only when `keyPattern` matches the key.
   */
  keywords: readonly string[];
  /** Matches the secret inside a value. Must be linear-time safe (checked by a test). */
  pattern: RegExp;
  /** Only values under a key matching this are considered (context rules). */
  keyPattern?: RegExp;
  /** Extra validation of a match (checksum, entropy); false drops it. */
  validate?(secret: string): boolean;
  /** The environment variable the tools conventionally read for this credential. */
  envVar?: string;
}
