import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkDocument } from '../../../server/src/engine/check-document';
import { CORPUS } from '../../helpers/temp-dir';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ya?ml|json)$/.test(name) ? [full] : [];
  });
}

const corpus = files(CORPUS);

test('the shared corpus of real configs is present', () => {
  assert.ok(corpus.length > 600, `expected ~640 corpus files, found ${corpus.length}`);
});

test('no secret and no error-level finding on any real config in the corpus', () => {
  const bad: string[] = [];
  for (const file of corpus) {
    const path = relative(CORPUS, file);
    const { findings } = checkDocument({ path, text: readFileSync(file, 'utf8') });
    for (const f of findings) if (f.ruleId.startsWith('secrets/') || f.severity === 'error') bad.push(`${path}: ${f.ruleId}`);
  }
  assert.deepEqual(bad, []);
});

test('Axolotl, torchtune and LLaMA-Factory training configs of the corpus are recognised', () => {
  const expectations: [string, string, RegExp][] = [
    ['axolotl/examples', 'axolotl', /\.ya?ml$/],
    ['torchtune/recipes/configs', 'torchtune', /\.yaml$/],
    ['llama-factory/examples/train_lora', 'llama-factory', /\.yaml$/],
  ];
  for (const [folder, format, pattern] of expectations) {
    const group = corpus.filter((f) => relative(CORPUS, f).startsWith(folder) && pattern.test(f));
    const wrong = group.filter((f) => checkDocument({ path: relative(CORPUS, f), text: readFileSync(f, 'utf8') }).format !== format);
    const rate = 1 - wrong.length / group.length;
    assert.ok(rate >= 0.9, `${format}: ${(rate * 100).toFixed(1)}% of ${group.length} recognised; e.g. ${wrong.slice(0, 5).map((f) => relative(CORPUS, f)).join(', ')}`);
  }
});
