import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadingLiterals, withoutLeadingLookbehind } from '../../../server/src/engine/secrets/leading-literals';

test('leading literals: what every match of a pattern starts with, read from its source', () => {
  const cases: [RegExp, string[] | undefined][] = [
    [/(?<![A-Za-z0-9_])ghp_[A-Za-z0-9]{36}/, ['ghp_']],
    [/(?<![A-Za-z0-9])(?:[Bb]earer|[Bb]asic|[Tt]oken)\s{1,3}x/, ['bearer', 'basic', 'token']],
    [/sq[upa]_[a-f0-9]{40}/, ['squ_', 'sqp_', 'sqa_']],
    [/hv[sb]\.[A-Za-z0-9_-]{24,400}/, ['hvs.', 'hvb.']],
    [/(?:A3T[A-Z0-9]|AKIA|ASIA)[A-Z2-7]{16}/, ['a3t', 'akia', 'asia']],
    [/fm[12][ar]?_x/, ['fm1', 'fm2']], // an optional part ends what is known
    [/xoxe(?:\.xox[bp])?-\d/, ['xoxe']],
    [/ab+c/, ['ab']], // one b at least, then anything may follow
    [/SK[a-f0-9]{32}/i, ['sk']],
    [/https:\/\/hooks\.slack\.com\/x/, ['https://hooks.slack.com/x']],
    [/(?:fo1_x|fm[12]_y)z/, ['fo1_xz', 'fm1_yz', 'fm2_yz']],
    [/(?:ab|c\d)e/, ['ab', 'c']], // an alternative that stops early stops the whole group
  ];
  for (const [pattern, expected] of cases) assert.deepEqual(leadingLiterals(pattern.source)?.sort(), expected?.sort(), pattern.source);
});

test('leading literals: nothing is claimed where a match may start otherwise', () => {
  for (const pattern of [/abc|def/, /[a-f0-9]{32}-us\d/, /\d{8}:AA/, /.x/, /^abc/, /(?=ab)abc/, /a?bc/, /(?:ab)?cd/, /[^a]bc/, /[a-z]bc/]) {
    assert.equal(leadingLiterals(pattern.source), undefined, pattern.source);
  }
});

test('a leading look-behind is dropped whole, class brackets and escapes included', () => {
  assert.equal(withoutLeadingLookbehind('(?<![A-Za-z0-9_)(])ghp_x'), 'ghp_x');
  assert.equal(withoutLeadingLookbehind('(?<=\\))x'), 'x');
  assert.equal(withoutLeadingLookbehind('ghp_(?<!x)y'), 'ghp_(?<!x)y');
});
