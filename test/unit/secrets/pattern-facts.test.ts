import { test } from 'node:test';
import assert from 'node:assert/strict';
import { patternFacts, readFacts, STORED_FOLLOW_DEPTH } from '../../../server/src/engine/secrets/pattern-facts';
import { STORED_PATTERN_FACTS } from '../../../server/src/engine/secrets/pattern-facts-data';
import { SECRET_RULES } from '../../../server/src/engine/secrets/rules';
import { FOLLOW_DEPTH } from '../../../server/src/engine/text/trigger-scan';

test('follow sets are stored at the depth the byte pass asks for', () => {
  assert.equal(STORED_FOLLOW_DEPTH, FOLLOW_DEPTH);
});

test('every built-in pattern is stored, and its stored facts read as the pattern does', () => {
  for (const rule of SECRET_RULES) {
    if (!rule.pattern) continue;
    assert.ok(STORED_PATTERN_FACTS[rule.pattern.toString()], rule.id);
    const stored = patternFacts(rule.pattern);
    const read = readFacts(rule.pattern);
    assert.deepEqual(stored.leading, read.leading, rule.id);
    assert.equal(stored.sourceWithoutLookbehind, read.sourceWithoutLookbehind, rule.id);
    for (const keyword of rule.keywords) {
      const lower = keyword.toLowerCase();
      assert.deepEqual(stored.follow(lower, FOLLOW_DEPTH), read.follow(lower, FOLLOW_DEPTH), `${rule.id} ${keyword}`);
      assert.deepEqual(stored.follow(lower, 4), read.follow(lower, 4), `${rule.id} ${keyword} at another depth`);
    }
  }
});

test("a policy's own pattern is read at run time", () => {
  const custom = /(?<![a-z])acme_[0-9a-f]{8}/;
  assert.equal(STORED_PATTERN_FACTS[custom.toString()], undefined);
  const facts = patternFacts(custom);
  assert.deepEqual(facts.leading, ['acme_']);
  assert.equal(facts.sourceWithoutLookbehind, 'acme_[0-9a-f]{8}');
  const follow = facts.follow('acme_', 2)!;
  const has = (set: Uint8Array, c: string) => (set[c.charCodeAt(0) >> 3] & (1 << (c.charCodeAt(0) & 7))) !== 0;
  assert.ok(has(follow[0], 'a') && has(follow[0], '7') && !has(follow[0], 'g'));
});

test('sets handed out are copies: a caller widening one changes neither stored nor read facts', () => {
  const narrow = (f: ReturnType<typeof patternFacts>, keyword: string, depth: number) => f.follow(keyword, depth)?.[0].some((b) => b !== 0xff);
  const rule = SECRET_RULES.find((r) => r.pattern && narrow(patternFacts(r.pattern), r.keywords[0].toLowerCase(), FOLLOW_DEPTH))!;
  const keyword = rule.keywords[0].toLowerCase();
  for (const [facts, depth] of [[patternFacts(rule.pattern!), FOLLOW_DEPTH], [readFacts(rule.pattern!), 4]] as const) {
    facts.follow(keyword, depth)![0].fill(0xff);
    assert.ok(narrow(facts, keyword, depth), `${rule.id} at depth ${depth}`);
  }
});
