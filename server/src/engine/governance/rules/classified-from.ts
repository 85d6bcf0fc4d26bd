import type { EffectiveClassification } from '../linkage';

/** "restricted (from `acme/tickets`, `s3://bucket/x`)" for messages. */
export function classifiedFrom(effective: EffectiveClassification): string {
  const names = [...new Set(effective.from.map((d) => (d.producers ? `the model \`${d.ref.value}\` trained by \`${d.classifiedBy}\`` : `\`${d.ref.value}\``)))].slice(0, 3);
  return `\`${effective.level}\` (from ${names.join(', ')})`;
}
