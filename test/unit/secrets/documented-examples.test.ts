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

/** Stripe's API reference (curl samples), Slack's `oauth.v2.access` reference, RFC 8410 §10.3: published on purpose. */
const STRIPE_DOCS_KEYS = ['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'sk_test_BQokikJOvBiI2HlWgH4olfQ2'];
const SLACK_DOCS_BOT_TOKEN = 'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy';
const RFC8410_KEY = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n-----END PRIVATE KEY-----\n';
const RFC8410_KEY_WITH_ATTRIBUTES = '-----BEGIN PRIVATE KEY-----\nMHICAQEwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\noB8wHQYKKoZIhvcNAQkJFDEPDA1DdXJkbGUgQ2hhaXJzgSEAGb9ECWmEzf6FQbrB\nZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PRIVATE KEY-----\n';

test("Stripe's and Slack's documentation keys and RFC 8410's example keys are documented examples, not findings", () => {
  for (const key of STRIPE_DOCS_KEYS) {
    assert.deepEqual(secrets('train.jsonl', record(`Stripe's docs use ${key} in their curl samples.`)), []);
    assert.deepEqual(secrets('.env', `STRIPE_SECRET_KEY=${key}\n`), []);
  }
  assert.deepEqual(secrets('jobs/vertex.json', JSON.stringify({ env: [{ name: 'SLACK_BOT_TOKEN', value: SLACK_DOCS_BOT_TOKEN }] })), []);
  assert.deepEqual(secrets('keys/rfc8410-example.pem', RFC8410_KEY), []);
  assert.deepEqual(secrets('keys/rfc8410-example-2.pem', RFC8410_KEY_WITH_ATTRIBUTES), []);
  const indented = RFC8410_KEY.trimEnd().split('\n').map((line) => `    ${line}`).join('\n');
  assert.deepEqual(secrets('deploy/secret.yaml', `stringData:\n  signing.pem: |\n${indented}\n`), []);
});

test('keys of the same shapes that no documentation published are still reported', () => {
  assert.deepEqual(secrets('.env', 'STRIPE_SECRET_KEY=sk_test_9Qw2Lm7Xr4Tz8Kb3Vn6Hc1Jd\n').map((h) => h.ruleId), ['secrets/stripe-test-secret-key']);
  assert.deepEqual(secrets('.env', 'SLACK_BOT_TOKEN=xoxb-27653672481-29874698323-qeGZLWfUvF9tl8pPdAsczrhz\n').map((h) => h.ruleId), ['secrets/slack-bot-token']);
  const otherKey = RFC8410_KEY.replace('INTuctv5E1hK1bbY8fdp', 'K9x2Lq7mWv3Rt8Zp4Yn6');
  assert.deepEqual(secrets('keys/signing.pem', otherKey).map((h) => h.ruleId), ['secrets/private-key']);
});
