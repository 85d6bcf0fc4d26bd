import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';

test("a local service's default credentials in a connection string are no secret", () => {
  const urls = [
    'postgres://postgres:postgres@localhost:5432/postgres',
    'postgresql://postgres:postgres@127.0.0.1:5432/postgres',
    'redis://:redis@localhost:6379/0',
    'mysql://app:app@[::1]:3306/app',
    'mongodb://root:mongo@host.docker.internal:27017/',
    'amqp://rabbit:rabbitmq@localhost:5672/',
  ];
  assert.deepEqual(secrets('docs/local.md', `${urls.join('\n')}\n`), []);
  assert.deepEqual(secrets('notebooks/eval.ipynb', JSON.stringify({ cells: [{ cell_type: 'code', source: [`engine = create_engine("${urls[0]}")`], outputs: [] }] })), []);
});

test('a generated password on localhost, and default passwords on other hosts, are still reported', () => {
  const text = [
    'postgres://postgres:Xq7vLm2pR9tK4w@localhost:5432/postgres',
    'postgres://postgres:postgres@db.prod.internal:5432/postgres',
    'redis://:redis@cache.ml.internal:6379/0',
    'postgres://postgres:postgres@localhost.attacker.io:5432/postgres',
  ].join('\n');
  assert.deepEqual(secrets('docs/db.md', `${text}\n`).map((h) => h.text), ['Xq7vLm2pR9tK4w', 'postgres', 'redis', 'postgres']);
});

test("a manual's example connection string (a password calling itself one, a host reserved for documentation) is no secret", () => {
  const text = [
    'mongodb://myDBReader:D1fficultP%40ssw0rd@mongodb0.example.com:27017/?authSource=admin',
    'postgresql://ml:MySecretPassword@db.staging.test:5432/ft',
    'postgresql://ml:Xk93mPq2Lr8vTz@db.staging.test:5432/ft',
    'mongodb://myDBReader:D1fficultP%40ssw0rd@mongodb0.example-corp.com:27017/',
  ].join('\n');
  assert.deepEqual(secrets('docs/db.md', `${text}\n`).map((h) => h.text), ['Xk93mPq2Lr8vTz', 'D1fficultP%40ssw0rd']);
});
