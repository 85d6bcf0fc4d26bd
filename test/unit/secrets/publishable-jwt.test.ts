import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { secrets } from './helpers';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function jwt(payload: object): string {
  const signed = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  return `${signed}.${createHmac('sha256', 'a-synthetic-signing-key-for-tests').update(signed).digest('base64url')}`;
}
const supabase = (role: string) => jwt({ iss: 'supabase', ref: 'qzkvbnrtxwplmyhdgcas', role, iat: 1716000000, exp: 2031360000 });

test("Supabase's anon key is publishable by design; its service_role key is a secret", () => {
  const anon = supabase('anon');
  assert.deepEqual(secrets('.env', `NEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}\nSUPABASE_KEY=${anon}\n`), []);
  assert.deepEqual(secrets('web/config.json', JSON.stringify({ supabaseUrl: 'https://qzkvbnrtxwplmyhdgcas.supabase.co', supabaseKey: anon })), []);
  const service = supabase('service_role');
  assert.deepEqual(secrets('.env', `SUPABASE_SERVICE_ROLE_KEY=${service}\n`), [{ ruleId: 'secrets/jwt', text: service }]);
});

test('an anon role from another issuer is no Supabase key: still reported', () => {
  const other = jwt({ iss: 'https://auth.example.com', sub: 'svc', role: 'anon', iat: 1716000000 });
  assert.deepEqual(secrets('.env', `API_JWT=${other}\n`).map((h) => h.ruleId), ['secrets/jwt']);
});
