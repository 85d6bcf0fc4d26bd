// Regenerates everything derived from the zod schemas, the rule catalogue and the WebAssembly text
// sources: shipped JSON Schemas, docs/rules/**.md, package.json's contributes.configuration, the
// built-in secret patterns' facts and the assembled WebAssembly modules. `npm run generate`; test/unit/generated-artifacts.test.ts fails on drift.
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { configurationContribution, jsonSchemaFiles } from '../schemas/generated-artifacts';
import { ruleDocFiles } from './rule-doc-files';
import { wasmModuleFiles } from './wasm-modules';
import { patternFactsFile } from './pattern-facts';

for (const { file, schema } of jsonSchemaFiles()) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
}
rmSync('docs/rules', { recursive: true, force: true });
for (const { file, content } of ruleDocFiles()) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration = configurationContribution();
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
const facts = patternFactsFile();
writeFileSync(facts.file, facts.content);
void wasmModuleFiles().then((files) => {
  for (const { file, content } of files) writeFileSync(file, content);
  console.log('Generated schemas, rule docs, contributes.configuration, secret pattern facts and WebAssembly modules.');
});
