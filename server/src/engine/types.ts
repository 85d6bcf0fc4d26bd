/**
 * The engine's vocabulary. Everything here is plain data: no connection, no vscode, no fs.
 * Offsets are UTF-16 code-unit offsets into the document text (what JS strings and LSP use).
 */

export type Severity = 'error' | 'warning' | 'info';
export type ConfiguredSeverity = Severity | 'off';

export type RuleFamily = 'secrets' | 'pii' | 'governance';

export interface StandardsMapping {
  /** OWASP Non-Human Identity Top 10 (2025), e.g. "NHI2:2025 Secret Leakage". */
  owaspNhi?: string[];
  /** OWASP Top 10 for LLM Applications 2025, e.g. "LLM02:2025 Sensitive Information Disclosure". */
  owaspLlm?: string[];
  /** NIST CSF 2.0 subcategories, e.g. "PR.DS-01". */
  nistCsf?: string[];
}

export interface RuleMeta {
  /** Stable, namespaced, kebab-case: `secrets/huggingface-token`. */
  id: string;
  family: RuleFamily;
  /** One line, used as SARIF shortDescription and in the docs index. */
  title: string;
  /** A paragraph: what it finds, why it matters, how to fix it. */
  description: string;
  defaultSeverity: Severity;
  standards?: StandardsMapping;
}

/** Data a code action needs to build a fix. Never contains the secret value. */
export interface FixHint {
  kind: 'move-secret';
  /** Environment variable the tool reads for this credential, e.g. HF_TOKEN. */
  variable: string;
  /** Key path of the field holding the value, e.g. ["hub_token"]; empty for values not under a key. */
  keyPath: (string | number)[];
  /** Who issued the credential ("Hugging Face"), for the rotation page; looked up from the rule when absent. */
  issuer?: string;
  /** Set by the server when the value appears in the file's git history: the fix must say to rotate it. */
  exposedInHistory?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Human message; never contains a secret value, a dataset record or an allowlisted value. */
  message: string;
  /** UTF-16 offsets, start inclusive, end exclusive. */
  start: number;
  end: number;
  /** Stable across edits elsewhere in the file: hash of rule, path and value. */
  fingerprint?: string;
  fix?: FixHint;
}

export type FormatId =
  | 'axolotl' | 'llama-factory' | 'llama-factory-dataset-info' | 'torchtune' | 'trl'
  | 'mistral-finetune' | 'unsloth' | 'ludwig' | 'deepspeed' | 'accelerate'
  | 'openai-job' | 'azure-openai-job' | 'together-job' | 'mistral-job' | 'bedrock-job'
  | 'sagemaker-job' | 'vertex-job' | 'launcher'
  | 'tuneguard-policy' | 'tuneguard-dataset-manifest' | 'hf-dataset-card' | 'croissant'
  | 'dataset-jsonl' | 'dataset-json' | 'dataset-csv' | 'dataset-parquet'
  | 'unknown';

/** How the text is written, independent of what it means. */
export type Syntax = 'yaml' | 'json' | 'jsonl' | 'csv' | 'env' | 'toml' | 'ini' | 'netrc' | 'text';

/** Cooperative cancellation; the server maps LSP tokens onto this. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: Cancellation = { isCancellationRequested: false };
