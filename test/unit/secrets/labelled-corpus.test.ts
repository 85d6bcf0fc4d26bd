import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../../server/src/engine/check-document';
import { tempDir } from '../../helpers/temp-dir';

interface Sample { id: string; label: 'positive' | 'negative'; type: string; fileName: string; text: string; secret?: string }
const CORPUS = 'test/fixtures/secrets/labelled.jsonl';
const samples: Sample[] = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

test('the labelled corpus is reproduced exactly by its seeded generator', (t) => {
  const out = join(tempDir(t), 'labelled.jsonl');
  execFileSync(process.execPath, ['test/fixtures/secrets/generate.mjs', '--out', out]);
  assert.equal(readFileSync(out, 'utf8'), readFileSync(CORPUS, 'utf8'));
});

test('the corpus has >= 300 positives over >= 40 types and at least as many hard negatives', () => {
  const positives = samples.filter((s) => s.label === 'positive');
  assert.ok(positives.length >= 300, `${positives.length} positives`);
  assert.ok(new Set(positives.map((s) => s.type)).size >= 40);
  assert.ok(samples.length - positives.length >= positives.length);
});

test('precision >= 0.97 and recall >= 0.95 on the labelled corpus', () => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const sample of samples) {
    const findings = checkDocument({ path: sample.fileName, text: sample.text }).findings.filter((f) => f.ruleId.startsWith('secrets/'));
    if (sample.label === 'negative') {
      fp += findings.length;
      if (findings.length) misses.push(`FP ${sample.id}`);
      continue;
    }
    const head = sample.secret!.split('\n')[0];
    const at = sample.text.indexOf(head);
    const hit = findings.filter((f) => f.start < at + head.length && at < f.end);
    if (hit.length > 0) tp++;
    else {
      fn++;
      misses.push(`FN ${sample.id}`);
    }
    fp += findings.length - hit.length;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  assert.ok(precision >= 0.97 && recall >= 0.95, `precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}: ${misses.slice(0, 10).join(', ')}`);
});
