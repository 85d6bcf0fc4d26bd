import { test } from 'node:test';
import assert from 'node:assert/strict';
import { followingSets, leadingLiterals, withoutLeadingLookbehind } from '../../../server/src/engine/secrets/leading-literals';
import { hasByte } from '../../../server/src/engine/secrets/regex-prefixes';

test('leading literals: what every match of a pattern starts with, read from its syntax tree', () => {
  const cases: [RegExp, string[]][] = [
    [/(?<![A-Za-z0-9_])ghp_[A-Za-z0-9]{36}/, ['ghp_']],
    [/(?<![A-Za-z0-9])(?:[Bb]earer|[Bb]asic|[Tt]oken)\s{1,3}x/, ['bearer', 'basic', 'token']],
    [/sq[upa]_[a-f0-9]{40}/, ['squ_', 'sqp_', 'sqa_']],
    [/hv[sb]\.[A-Za-z0-9_-]{24,400}/, ['hvs.', 'hvb.']],
    [/(?:A3T[A-Z0-9]|AKIA|ASIA)[A-Z2-7]{16}/, ['a3t', 'akia', 'asia']],
    [/fm[12][ar]?_x/, ['fm1a_x', 'fm1r_x', 'fm1_x', 'fm2a_x', 'fm2r_x', 'fm2_x']],
    [/SK[a-f0-9]{32}/i, ['sk']],
    [/https:\/\/hooks\.slack\.com\/x/, ['https://hooks.slack.com/x']],
    [/abc|def/, ['abc', 'def']],
    [/a?bc/, ['abc', 'bc']],
    [/^(?=ab)abc/, ['abc']], // zero-width parts take no characters
  ];
  for (const [pattern, expected] of cases) assert.deepEqual(leadingLiterals(pattern)?.sort(), expected.sort(), pattern.source);
});

test('leading literals: nothing is claimed where a match may start otherwise', () => {
  for (const pattern of [/[a-f0-9]{32}-us\d/, /\d{8}:AA/, /.x/, /[^a]bc/, /[a-z]bc/, /abc|\d/]) {
    assert.equal(leadingLiterals(pattern), undefined, pattern.source);
  }
});

test('what may follow a keyword where a match starts with it, position by position', () => {
  const sets = followingSets(/(?<![A-Za-z0-9])(?:[Bb]earer|[Tt]oken)\s{1,3}([A-Za-z0-9._~+\/-]{20,2000})/g, 'token', 6)!;
  const admits = (j: number, c: string) => hasByte(sets[j], c.charCodeAt(0));
  assert.ok(admits(0, ' ') && admits(0, '\t') && !admits(0, 'i') && !admits(0, 'a'), '"tokenizer" cannot start a match');
  assert.ok(admits(1, ' ') && admits(1, 'x') && admits(5, 'x') && !admits(5, '"'));
  assert.ok(admits(0, '\\'), 'a JSON escape may stand for the character');
  const twilio = followingSets(/(?<![A-Za-z0-9_])SK[a-f0-9]{32}(?![A-Za-z0-9_])/g, 'sk', 4)!;
  assert.ok(hasByte(twilio[0], 'a'.charCodeAt(0)) && !hasByte(twilio[0], 'i'.charCodeAt(0)) && !hasByte(twilio[0], ' '.charCodeAt(0)));
  const short = followingSets(/ab/g, 'ab', 3)!;
  assert.ok(hasByte(short[0], 'z'.charCodeAt(0)), 'after the match ends, anything');
});

test('a leading look-behind is dropped whole, class brackets and escapes included', () => {
  assert.equal(withoutLeadingLookbehind(/(?<![A-Za-z0-9_)(])ghp_x/), 'ghp_x');
  assert.equal(withoutLeadingLookbehind(/(?<=\))x/), 'x');
  assert.equal(withoutLeadingLookbehind(/ghp_(?<!x)y/), 'ghp_(?<!x)y');
});
