import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import metadata from 'libphonenumber-js/metadata.min.json';
import matchesEntirely from '../../../server/src/engine/pii/matches-entirely';
import { seededRandom } from '../../../scripts/bench-data';

/** Every string in the metadata that compiles as a pattern: the library's inputs to the helper. */
function metadataPatterns(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string' && /[\\[(|]/.test(value)) found.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(metadata.countries);
  return [...found].filter((p) => { try { new RegExp(p); return true; } catch { return false; } });
}

test('the cached helper answers as the library\'s (a fresh RegExp per call) on the metadata\'s patterns, twice over', () => {
  const random = seededRandom(9);
  const patterns = metadataPatterns();
  assert.ok(patterns.length > 900, `${patterns.length} patterns`);
  let matched = 0;
  for (const pattern of patterns) {
    for (let i = 0; i < 6; i++) {
      const text = i === 0 ? '' : String(Math.floor(random() * 10 ** (4 + Math.floor(random() * 9))));
      const expected = new RegExp(`^(?:${pattern})$`).test(text);
      assert.equal(matchesEntirely(text, pattern), expected, `${pattern} on ${text}`);
      assert.equal(matchesEntirely(text, pattern), expected, `${pattern} on ${text}, cached`);
      if (expected) matched++;
    }
  }
  assert.ok(matched > 200, `only ${matched} matches: the texts miss the patterns`);
  assert.equal(matchesEntirely(undefined, '\\d*'), true);
});

test('the built bundles use the cached helper in place of libphonenumber-js\'s', (t) => {
  const dist = join(__dirname, '..', '..', '..', 'dist');
  if (!existsSync(join(dist, 'dataset-worker.js'))) return t.skip('dist/ not built');
  for (const bundle of ['cli-main.js', 'dataset-worker.js', 'server.js']) {
    const code = readFileSync(join(dist, bundle), 'utf8');
    const helpers = [...code.matchAll(/function matchesEntirely\d*\([^)]*\) \{([\s\S]{0,300}?)\n\}/g)];
    assert.equal(helpers.length, 1, bundle);
    assert.match(helpers[0][1], /\.get\(/, `${bundle}: the library's own helper`);
  }
});
