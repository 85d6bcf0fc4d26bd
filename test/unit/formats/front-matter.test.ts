import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter } from '../../../server/src/engine/parse/front-matter';
import { parseDocument } from '../../../server/src/engine/parse/parse-document';
import { getIn, mapEntry, scalarString } from '../../../server/src/engine/parse/tree';

const CARD = '---\nlicense: mit\ntask_categories:\n- text-generation\npretty_name: "Tickets"\n---\n\n# Tickets\n\nlicense: not front matter\n';

test('front matter offsets point into the whole Markdown document', () => {
  const fm = parseFrontMatter(CARD)!;
  assert.ok(fm);
  assert.equal(CARD.slice(fm.start, fm.end), 'license: mit\ntask_categories:\n- text-generation\npretty_name: "Tickets"\n');
  const root = fm.tree.roots[0];
  const license = mapEntry(root, 'license')!;
  assert.equal(CARD.slice(license.keyStart, license.keyEnd), 'license');
  assert.equal(CARD.slice(license.value.start, license.value.end), 'mit');
  const task = getIn(root, ['task_categories', 0])!;
  assert.equal(CARD.slice(task.start, task.end), 'text-generation');
  const name = getIn(root, ['pretty_name'])!;
  assert.equal(CARD.slice(name.start, name.end), '"Tickets"');
  assert.equal(scalarString(name), 'Tickets');
});

test('YAML errors in front matter are reported at document offsets', () => {
  const text = '---\nlicense: mit\nlanguage: [en\n---\nbody\n';
  const fm = parseFrontMatter(text)!;
  assert.ok(fm.tree.problems.length > 0);
  for (const p of fm.tree.problems) assert.ok(p.start >= fm.start && p.start <= fm.end, `${p.start} outside front matter`);
});

test('no front matter without an opening fence at the very start, or without a closing fence', () => {
  assert.equal(parseFrontMatter('# Title\n---\nlicense: mit\n---\n'), undefined);
  assert.equal(parseFrontMatter('---\nlicense: mit\n'), undefined);
});

test('Windows line endings and a byte-order mark are accepted', () => {
  const text = '\uFEFF---\r\nlicense: mit\r\nsize_categories:\r\n- n<1K\r\n---\r\n# x\r\n';
  const fm = parseFrontMatter(text)!;
  const license = mapEntry(fm.tree.roots[0], 'license')!;
  assert.equal(text.slice(license.value.start, license.value.end), 'mit');
});

test('a Markdown document keeps its body as text: the main tree stays empty, front matter is separate', () => {
  const doc = parseDocument({ path: 'README.md', text: CARD });
  assert.equal(doc.format, 'hf-dataset-card');
  assert.equal(doc.tree.roots.length, 0);
  assert.ok(doc.frontMatter);
});

test('a YAML error in a dataset card front matter is reported at its place; the Markdown body is not parsed', async () => {
  const { checkDocument } = await import('../../../server/src/engine/check-document');
  const text = '---\nlicense: mit\ntask_categories: [text-generation\n---\n\n# Title: with: colons {not yaml\n';
  const findings = checkDocument({ path: 'README.md', text }).findings.filter((f) => f.ruleId === 'governance/unparseable-file');
  assert.ok(findings.length >= 1);
  for (const f of findings) assert.ok(f.start >= 4 && f.end <= text.indexOf('\n---\n') + 1, `${f.start}-${f.end}`);
  const clean = checkDocument({ path: 'README.md', text: CARD }).findings.filter((f) => f.ruleId === 'governance/unparseable-file');
  assert.deepEqual(clean, []);
});
