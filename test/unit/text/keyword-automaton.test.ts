import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordAutomaton } from '../../../server/src/engine/text/multi-matcher';
import { seededRandom } from '../../../scripts/bench-data';

const random = seededRandom(5);
const KEYWORDS = ['sk', 'sk-proj-', 'pat', 'path', 'token ', '://', 'born', 'med', 'medicare', 'a', 'aaaa'];

/** Every (end, state) pair `scan` reports without skipping: the reference for `ends`. */
function viaScan(automaton: KeywordAutomaton, text: string): number[] {
  const hits: number[] = [];
  automaton.scan(text, 0, (end, state) => {
    hits.push(end, state);
    return end;
  });
  return hits;
}

test('ends() walks the text in two halves yet reports exactly what one walk reports, in order', () => {
  const automaton = KeywordAutomaton.build(KEYWORDS)!;
  const alphabet = ['s', 'k', '-', 'p', 'a', 't', 'h', 'o', 'e', 'n', ' ', ':', '/', 'b', 'r', 'm', 'd', 'c', 'x', 'S', 'K', 'A', 'T', '\n', 'é'];
  for (let round = 0; round < 300; round++) {
    const length = round < 40 ? round : Math.floor(random() * 400);
    const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    assert.deepEqual([...automaton.ends(text)], viaScan(automaton, text), JSON.stringify(text));
  }
});

test('keywordsAt names every keyword ending at a hit, longest first, ASCII case folded', () => {
  const automaton = KeywordAutomaton.build(KEYWORDS)!;
  const text = 'use SK-PROJ-x or MEDICARE';
  const found = [];
  const ends = automaton.ends(text);
  for (let h = 0; h < ends.length; h += 2) found.push(...automaton.keywordsAt(ends[h + 1]).map((k) => `${automaton.keywords[k]}@${ends[h]}`));
  assert.deepEqual(found.filter((f) => !f.startsWith('a@')), ['sk@6', 'sk-proj-@12', 'med@20', 'medicare@25']);
  assert.deepEqual(found.filter((f) => f.startsWith('a@')), ['a@23']);
});

test('every occurrence of every keyword, overlapping ones too, as a naive search finds them (the scan\'s real keyword set)', async () => {
  const { piiLiterals } = await import('../../../server/src/engine/pii/scan-pii-text');
  const { SecretKeywordPass } = await import('../../../server/src/engine/datasets/secret-keywords');
  const keywords = [...new Set([...piiLiterals(), ...new SecretKeywordPass().keywords!])];
  const automaton = KeywordAutomaton.build(keywords)!;
  const pieces = [...keywords, ...keywords.map((k) => k.toUpperCase()), 'x', ' ', 'e', 'S', '-', '_', '.', 'é'];
  for (let round = 0; round < 200; round++) {
    const text = Array.from({ length: Math.floor(random() * 60) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const expected: string[] = [];
    for (let end = 1; end <= text.length; end++) {
      for (const keyword of keywords) if (end >= keyword.length && lower.startsWith(keyword, end - keyword.length)) expected.push(`${keyword}@${end}`);
    }
    const found: string[] = [];
    const ends = automaton.ends(text);
    for (let h = 0; h < ends.length; h += 2) found.push(...automaton.keywordsAt(ends[h + 1]).map((k) => `${automaton.keywords[k]}@${ends[h]}`));
    assert.deepEqual(found.sort(), expected.sort(), JSON.stringify(text));
  }
});
