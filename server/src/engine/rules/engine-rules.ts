import type { RuleMeta } from '../types';

/** Rules about the files themselves rather than their content. */
export const UNPARSEABLE_FILE: RuleMeta = {
  id: 'governance/unparseable-file',
  family: 'governance',
  title: 'File cannot be parsed',
  description: 'The file has a YAML or JSON syntax error, so its settings cannot be checked against the policy. Secrets are still searched for line by line.',
  defaultSeverity: 'warning',
  standards: { nistCsf: ['ID.AM-08'] },
};

export const INVALID_POLICY: RuleMeta = {
  id: 'governance/invalid-policy',
  family: 'governance',
  title: 'Policy file is invalid',
  description: 'A setting in `.tuneguard.yaml` does not match the policy schema. The setting falls back to its default until it is fixed; the rest of the policy keeps working.',
  defaultSeverity: 'error',
  standards: { nistCsf: ['GV.PO-01'] },
};

export const ENGINE_RULES: readonly RuleMeta[] = [UNPARSEABLE_FILE, INVALID_POLICY];
