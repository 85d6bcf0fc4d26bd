import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { secrets } from './helpers';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** An HS256 token as jwt.io builds it. */
function jwt(payload: object, key: string): string {
  const signed = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  return `${signed}.${createHmac('sha256', key).update(signed).digest('base64url')}`;
}

const JOHN_DOE = { sub: '1234567890', name: 'John Doe', iat: 1516239022 };
const JWT_IO_SAMPLES = [jwt(JOHN_DOE, 'your-256-bit-secret'), jwt({ sub: '1234567890', name: 'John Doe', admin: true, iat: 1516239022 }, 'a-string-secret-at-least-256-bits-long')];
/** Azurite's development storage account key, published in Microsoft's docs. */
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const connectionString = (key: string) => `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`;
const record = (content: string) => `${JSON.stringify({ messages: [{ role: 'user', content }] })}\n`;

test("jwt.io's sample tokens and Azurite's development key are documented examples, not findings", () => {
  for (const token of JWT_IO_SAMPLES) {
    assert.deepEqual(secrets('train.jsonl', record(`Decode this token: ${token}`)), []);
    assert.deepEqual(secrets('config.yaml', `id_token: ${token}\n`), []);
  }
  assert.deepEqual(secrets('train.jsonl', record(`Use the emulator: ${connectionString(AZURITE_KEY)}`)), []);
  assert.deepEqual(secrets('.env', `AZURE_STORAGE_CONNECTION_STRING="${connectionString(AZURITE_KEY)}"\nAZURE_STORAGE_KEY=${AZURITE_KEY}\n`), []);
});

test('the same shapes with another signature or account key are still reported', () => {
  const signedElsewhere = jwt(JOHN_DOE, 'a-production-signing-key-0193');
  assert.deepEqual(secrets('train.jsonl', record(`Decode this token: ${signedElsewhere}`)).map((h) => h.ruleId), ['secrets/jwt']);
  const realKey = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256)).toString('base64');
  const found = secrets('train.jsonl', record(`Use this: ${connectionString(realKey)}`));
  assert.deepEqual(found.map((h) => h.ruleId), ['secrets/azure-storage-connection-string']);
});
