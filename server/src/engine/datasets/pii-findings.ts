import { createHash } from 'node:crypto';
import type { Finding } from '../types';
import { KIND_NAMES, type PiiDetection } from '../pii/pii-kind';
import { PII_RULE_BY_KIND } from '../pii/pii-rules';

const LABEL: Record<PiiDetection['kind'], string> = {
  'email': 'Email address',
  'phone-number': 'Phone number',
  'us-ssn': 'US social security number',
  'credit-card': 'Payment card number',
  'iban': 'IBAN',
  'date-of-birth': 'Date of birth',
  'medical-record-number': 'Medical record number',
  'sensitive-field': 'Sensitive field',
};

/**
 * A detection as a finding. The message names the kind and a safe detail (issuer, region) only:
 * never the value, never the record. The fingerprint hashes the value so baselines survive edits.
 */
export function piiFinding(detection: PiiDetection, text: string, path: string, offset = 0): Finding {
  const rule = PII_RULE_BY_KIND[detection.kind];
  const detail = detection.detail ? ` (${detection.detail})` : '';
  const value = text.slice(detection.start, detection.end);
  return {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    message: `${LABEL[detection.kind]}${detail} in a dataset record: remove or mask it before training, or classify the dataset for ${KIND_NAMES[detection.kind][1]}.`,
    start: detection.start + offset,
    end: detection.end + offset,
    fingerprint: createHash('sha256').update(`${rule.id}\0${path}\0${value}`).digest('hex').slice(0, 32),
  };
}

/** A record key or column named for personal data; reported once per file at its first use. */
export function sensitiveFieldFinding(name: string, category: string, start: number, end: number, path: string): Finding {
  const rule = PII_RULE_BY_KIND['sensitive-field'];
  return {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    message: `Field \`${name}\` names personal data (${category}): make sure the dataset is classified for it, or drop the field before training.`,
    start,
    end,
    fingerprint: createHash('sha256').update(`${rule.id}\0${path}\0${name}`).digest('hex').slice(0, 32),
  };
}
