/** The payload of a JWT (its second segment, base64url JSON), or undefined when it is not one. */
function payloadOf(token: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A JWT made to be published: Supabase's anon key (`"iss": "supabase"`, `"role": "anon"`) ships in
 * every browser bundle of the project and grants only what row-level security allows anyone
 * (https://supabase.com/docs/guides/api/api-keys). Its `service_role` sibling bypasses that
 * security and stays a secret.
 */
export function isPublishableJwt(token: string): boolean {
  const payload = payloadOf(token);
  if (!payload || payload.role !== 'anon') return false;
  return typeof payload.iss === 'string' && /^supabase$|^https:\/\/[a-z0-9-]{1,63}\.supabase\.(?:co|in)\/auth\/v1$/.test(payload.iss);
}
