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
  /**
   * Lower-case context of the value: the ancestor keys joined by `/`, then the `_component_`
   * of the nearest enclosing map (torchtune loggers), e.g. `metric_logger|torchtune...cometlogger`.
   */
  context?: string;
  /**
   * The name the value is assigned to when that is not the path's last key: an assignment inside
   * free text or a script (`export WANDB_API_KEY=...`, `--hub_token ...`, `login(token="...")`).
   */
  key?: string;
}

/** Detection by context: a provider-less value becomes a finding because of the key it sits under. */
export interface KeyedDetector {
  /** Tested against the nearest key, normalised: lower case, `-`, `.` and spaces become `_`. */
  key: RegExp;
  /** Keys that match `key` but are not credentials (`pad_token`, `max_tokens`). */
  notKey?: RegExp;
  /** The whole (trimmed) value must match; anchored by the rule author. Linear-time safe. */
  value: RegExp;
  /** Minimum Shannon entropy (bits per character) of the value. */
  minEntropy?: number;
  /** Require the candidate's context (ancestor keys, logger `_component_`) to match this. */
  context?: RegExp;
}

/** Where a pattern found a secret: the candidate's value and the secret's index in it. */
export interface MatchSite {
  value: string;
  index: number;
}

export interface SecretRule extends RuleMeta {
  family: 'secrets';
  /** Who issued the credential, shown in messages: "Hugging Face". */
  provider: string;
  /**
   * Prefilter: lower-case literals of which at least one must occur in the value for `pattern`
   * to run at all. A rule without keywords runs only through its keyed detector.
   */
  keywords: readonly string[];
  /** Matches the secret inside a value (global flag). Must be ReDoS safe (checked by a test). */
  pattern?: RegExp;
  /** `pattern` has capture groups: the first one that matched is the secret (default: the whole match). */
  group?: number;
  /** Instead of `pattern`: a linear-time matcher (custom patterns from the policy, compiled with re2js). */
  find?(value: string): Iterable<{ index: number; text: string }>;
  /** Provider-less values under a telling key. */
  keyed?: KeyedDetector;
  /**
   * Extra validation of a match (checksum, entropy); false drops it. `site`: the candidate value a
   * pattern match was found in and its index there, for checks on the text around it; undefined
   * for a keyed detector's match (the whole value under its key).
   */
  validate?(secret: string, site?: MatchSite): boolean;
  /** The environment variable the tools conventionally read for this credential. */
  envVar?: string;
  /** Generic rules: the variable is named after the key the value sits under (`api_key` -> `API_KEY`). */
  envVarFromKey?: boolean;
  /** Higher wins when two rules match overlapping text (provider-specific beats generic). */
  priority?: number;
}
