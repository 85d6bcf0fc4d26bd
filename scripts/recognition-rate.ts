// Recognition rate per family on the shared corpus of real configs and manifests.
// Usage: npx tsx scripts/recognition-rate.ts [corpus-dir] [--misses]
// The expected id of each file comes from its place in its source repository
// (test/helpers/corpus-families.ts), never from the recognisers themselves.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from '../server/src/engine/parse/parse-document';
import { corpusFiles, expectationFor, GOAL_FAMILIES } from '../test/helpers/corpus-families';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const root = resolve(args.find((a) => !a.startsWith('--')) ?? join(__dirname, '..', '..', 'shared', 'corpus'));

interface Tally { total: number; right: number; misses: string[] }
const families = new Map<string, Tally>();
let unclassified = 0;
for (const path of corpusFiles(root)) {
  const expected = expectationFor(path);
  if (!expected) {
    unclassified++;
    continue;
  }
  const { format } = parseDocument({ path, text: readFileSync(join(root, path), 'utf8') });
  const tally = families.get(expected.family) ?? { total: 0, right: 0, misses: [] };
  tally.total++;
  if (format === expected.format) tally.right++;
  else tally.misses.push(`${path}: got ${format}, expected ${expected.format}`);
  families.set(expected.family, tally);
}

const rows = [...families].sort(([a], [b]) => a.localeCompare(b));
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`Recognition rate per family on ${root}`);
for (const [name, t] of rows) {
  const rate = ((100 * t.right) / t.total).toFixed(1).padStart(5);
  const goal = GOAL_FAMILIES.includes(name) ? '  (goal >= 97%)' : '';
  console.log(`${name.padEnd(width)}  ${rate}%  ${String(t.right).padStart(3)}/${String(t.total).padEnd(3)}${goal}`);
}
const all = rows.reduce((s, [, t]) => ({ right: s.right + t.right, total: s.total + t.total }), { right: 0, total: 0 });
console.log(`${'all'.padEnd(width)}  ${((100 * all.right) / all.total).toFixed(1).padStart(5)}%  ${all.right}/${all.total}`);
if (unclassified) console.log(`(${unclassified} file(s) outside every family)`);
if (showMisses) for (const [, t] of rows) for (const miss of t.misses) console.log(`  miss ${miss}`);
