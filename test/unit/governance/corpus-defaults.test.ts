import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkDocument } from '../../../server/src/engine/check-document';
import { DatasetIndex } from '../../../server/src/engine/governance/dataset-index';
import { factsFromText } from '../../../server/src/engine/governance/manifests/facts-from-text';
import { CORPUS } from '../../helpers/temp-dir';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ya?ml|json)$/.test(name) ? [full] : [];
  });
}

test('with no policy file, the corpus linked as one workspace gets no error-level governance finding and no advisory notes', () => {
  const corpus = files(CORPUS).map((file) => ({ path: relative(CORPUS, file).split('\\').join('/'), text: readFileSync(file, 'utf8') }));
  const index = new DatasetIndex(corpus.map((f) => factsFromText(f.path, f.text)));
  assert.ok(index.manifests.some((m) => m.kind === 'croissant'), 'Croissant files of the corpus are indexed');
  const byRule = new Map<string, number>();
  const errors: string[] = [];
  for (const file of corpus) {
    for (const f of checkDocument(file, { workspace: { datasetIndex: () => index } }).findings) {
      if (!f.ruleId.startsWith('governance/')) continue;
      byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      if (f.severity === 'error') errors.push(`${file.path}: ${f.ruleId}`);
    }
  }
  assert.deepEqual(errors, []);
  for (const advisory of ['governance/dataset-without-manifest', 'governance/unpinned-model-revision', 'governance/hub-push-unclassified-data']) {
    assert.equal(byRule.get(advisory), undefined, `${advisory} waits for a governed workspace`);
  }
  assert.ok((byRule.get('governance/trust-remote-code') ?? 0) > 50, 'trust_remote_code: true is common upstream and always worth a warning');
});
