/**
 * The only way a secret may appear in any output: at most its last four characters, and
 * nothing at all for short values.
 */
export function redact(secret: string): string {
  const trimmed = secret.trim();
  if (trimmed.length < 16) return '****';
  return `…${trimmed.slice(-4)}`;
}
