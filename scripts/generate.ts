// Regenerates everything derived from the zod schemas: shipped JSON Schemas and package.json's
// contributes.configuration. `npm run generate`; test/unit/generated-artifacts.test.ts fails on drift.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { configurationContribution, jsonSchemaFiles } from '../schemas/generated-artifacts';

for (const { file, schema } of jsonSchemaFiles()) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration = configurationContribution();
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
console.log('Generated schemas and contributes.configuration.');
