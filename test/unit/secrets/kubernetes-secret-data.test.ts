import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';
import { checkDocument } from '../../../server/src/engine/check-document';

const b64 = (text: string) => Buffer.from(text).toString('base64');
// Built here so that no file holds a whole token-shaped string.
const HF = ['hf', 'kQzRtYwPmNbVcXaSdFgHjKlLqWeRtYuIoP'].join('_');
const GHP = ['ghp', 'R8kLm2NpQ4sT6vX8zB1dF3hJ5kM7nP9qR2sT'].join('_');
const PEM = `-----BEGIN PRIVATE KEY-----\n${Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)).toString('base64')}\n-----END PRIVATE KEY-----\n`;

function secretManifest(type: string, data: Record<string, string>): string {
  return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\ntype: ${type}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
}

test("a Kubernetes Secret's base64 data is read decoded: a token, a private key, a registry password in .dockerconfigjson", () => {
  const dockerconfig = b64(JSON.stringify({ auths: { 'ghcr.io': { username: 'ci-bot', auth: b64(`ci-bot:${GHP}`) } } }));
  const text = secretManifest('Opaque', { token: b64(HF), 'tls.key': b64(PEM), '.dockerconfigjson': dockerconfig, 'config.yaml': b64('model: llama\nepochs: 3\n') });
  const found = secrets('k8s/secret.yaml', text);
  assert.deepEqual(found.map((h) => h.ruleId), ['secrets/huggingface-token', 'secrets/private-key', 'secrets/github-pat']);
  // Each finding covers the encoded value, as written.
  assert.deepEqual(found.map((h) => h.text), [b64(HF), b64(PEM), dockerconfig]);
});

test('a decoded finding offers no fix (a reference cannot stand for base64), and never shows the value', () => {
  const { findings } = checkDocument({ path: 'k8s/secret.yaml', text: secretManifest('Opaque', { token: b64(HF) }) });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].fix, undefined);
  assert.ok(!findings[0].message.includes(HF.slice(0, 8)) && !findings[0].message.includes(b64(HF).slice(0, 8)));
});

test('data that is no text, a Secret of other kinds of document, and references decode to nothing reported', () => {
  assert.deepEqual(secrets('k8s/secret.yaml', secretManifest('Opaque', { blob: Buffer.from([0, 255, 1, 254, 2, 253, 3, 252, 9, 9, 9, 9]).toString('base64'), url: b64('https://hf.co/org/model') })), []);
  assert.deepEqual(secrets('k8s/configmap.yaml', `apiVersion: v1\nkind: ConfigMap\ndata:\n  token: ${b64('not decoded here at all')}\n`), []);
  assert.deepEqual(secrets('k8s/secret.yaml', secretManifest('Opaque', { token: b64('${HF_TOKEN}') })), []);
});
