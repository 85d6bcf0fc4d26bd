import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanPiiText } from '../../../server/src/engine/pii/scan-pii-text';
import { ReadOutSequences } from '../../../server/src/engine/pii/read-out-sequences';
import { readSpokenDigits, SPOKEN_SEQUENCE } from '../../../server/src/engine/pii/spoken-digits';
import { seededRandom } from '../../../scripts/bench-data';
import { tempDir } from '../../helpers/temp-dir';
import { runCli } from '../../helpers/run-cli';

const kindsIn = (text: string) => scanPiiText(text).map((d) => [d.kind, text.slice(d.start, d.end)]);

test('numbers read out after the question that names them, digits or words, each span the whole sequence', () => {
  for (const [text, kind, value] of [
    ["agent: can I have your social security number\ncaller: sure it's 8 4 8 9 5 5 6 6 2", 'us-ssn', '8 4 8 9 5 5 6 6 2'],
    ["agent: can I have your social security number\ncaller: sure it's four four five one six zero three zero one", 'us-ssn', 'four four five one six zero three zero one'],
    ["agent: go ahead with the card number\ncaller: ok it's 4 2 6 3 8 5 6 2 7 5 8 4 2 4 4 0", 'credit-card', '4 2 6 3 8 5 6 2 7 5 8 4 2 4 4 0'],
    ["agent: go ahead with the card number\ncaller: ok it's four two six three eight five six two seven five eight four two four four zero", 'credit-card', 'four two six three eight five six two seven five eight four two four four zero'],
    ["agent: what's the best number\ncaller: 3 1 2 8 6 9 0 9 9 8", 'phone-number', '3 1 2 8 6 9 0 9 9 8'],
  ] as const) assert.deepEqual(kindsIn(text), [[kind, value]], text);
});

test('transcripts as they vary: fillers, oh for zero, double, commas and dashes, speaker labels, upper case', () => {
  for (const [text, kind, value] of [
    ['A: your social?\nB: yeah it is four four five, uh, one six, oh three oh one', 'us-ssn', 'four four five, uh, one six, oh three oh one'],
    ['[00:01:12] SPEAKER_0: And your Social Security number?\n[00:01:15] SPEAKER_1: 8-4-8-9-5-5-6-6-2.', 'us-ssn', '8-4-8-9-5-5-6-6-2'],
    ['Customer: MY SOCIAL IS EIGHT FOUR EIGHT NINE FIVE FIVE SIX SIX TWO', 'us-ssn', 'EIGHT FOUR EIGHT NINE FIVE FIVE SIX SIX TWO'],
    ['Agent: and the card number please. Customer: yeah it\'s four two six three, eight five six two, seven five eight four, two double four zero', 'credit-card', 'four two six three, eight five six two, seven five eight four, two double four zero'],
    ['Agent: the long number on the front of the card?\nCustomer: um 4 2 6 3 8 5 6 2 7 5 8 4 2 4 4 0', 'credit-card', '4 2 6 3 8 5 6 2 7 5 8 4 2 4 4 0'],
    ['Agent: what number can we call you back on?\nCaller: oh, three one two, eight six nine, oh nine nine eight', 'phone-number', 'three one two, eight six nine, oh nine nine eight'],
    ['caller: my cell is three one two... eight six nine... zero double nine eight', 'phone-number', 'three one two... eight six nine... zero double nine eight'],
    ['Agent: and a phone number?\nCaller: it is oh seven four six five, three four two four five seven', 'phone-number', 'oh seven four six five, three four two four five seven'],
  ] as const) assert.deepEqual(kindsIn(text), [[kind, value]], text);
});

test('the nearest word names the kind; a number named as another id is none', () => {
  assert.deepEqual(kindsIn('Agent: I have your SSN. And your phone number? Caller: 3 1 2 8 6 9 0 9 9 8'), [['phone-number', '3 1 2 8 6 9 0 9 9 8']]);
  assert.deepEqual(kindsIn('Agent: the number on the card? Caller: 4 2 6 3 8 5 6 2 7 5 8 4 2 4 4 0'), [['credit-card', '4 2 6 3 8 5 6 2 7 5 8 4 2 4 4 0']]);
  for (const text of [
    'Agent: what is your account number?\nCaller: 3 1 2 8 6 9 0 9 9 8',
    'Agent: phone number on file is fine. Your order number? Caller: 3 1 2 8 6 9 0 9 9 8',
    'Agent: your social security number and then your member number. Caller: 8 4 8 9 5 5 6 6 2',
    'my social media handle has 8 4 8 9 5 5 6 6 2 followers', // `social` before another word names no SSN
    'Agent: your phone number? Caller: 8 4 8 9 5 5 6 6 2', // nine digits: no SSN unless one is asked for
  ]) assert.deepEqual(kindsIn(text), [], text);
});

test('nine bare digits answering an SSN question in the turn before, in a transcript or a chat record; not after a header or a statement', () => {
  for (const text of [
    "agent: can I have your social security number\ncaller: sure it's 417385787",
    "agent: can I have your social security number\tcaller: sure it's 417385787", // an escaped line break, as the dataset scan reads it
    '{"messages": [{"role": "assistant", "content": "What is your SSN?"}, {"role": "user", "content": "417385787"}]}',
  ]) assert.deepEqual(kindsIn(text), [['us-ssn', '417385787']], text);
  for (const text of [
    'agent: can I have your social security number\ncaller: my order 4417 ships with 417385787', // another number between
    'agent: can I have your social security number\ncaller: tracking # 417385787', // named as another id
    'social security numbers are nine digits long, and this paragraph is about something else entirely: the invoice total was paid in full, ref 417385787',
    'name,ssn,dob\nJane Roe,417385787,1985-03-12', // a header names a column, it asks nothing (the CSV scan labels columns itself)
    'agent: the SSN on file is masked.\ncaller: ok, 417385787', // a statement, not a question
  ]) assert.deepEqual(kindsIn(text).filter(([kind]) => kind === 'us-ssn'), [], text); // (the header's dob column is a date of birth)
});

test('hard negatives: counting, lists, times and dates, digits without a kind, invalid numbers', () => {
  for (const text of [
    "what's your number? one two three four five six seven eight nine ten",
    'agent: count for me, card number game: 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6',
    'phone number: nine eight seven six five four three two one zero',
    'number of points per round: 4 2 6 3 8, then 9 9 1',
    'call me back at four thirty on the twenty second, my number is in the file',
    'Agent: and the number? Caller: born oh three one two one nine eight five',
    "caller: sure it's 8 4 8 9 5 5 6 6 2",
    'he wrote 4 2 6 3 8 5 6 2 7 5 8 4 2 4 4 0 on the back of the envelope',
    '4 2 6 3 8 5 6 2 7 5 8 4 2 4 4 0',
    '3 1 2 8 6 9 0 9 9 8',
    'agent: the card number?\ncaller: 4 2 6 3 8 5 6 2 7 5 8 4 2 4 4 1', // Luhn-invalid
    'agent: your social security number?\ncaller: zero zero zero one two three four five six',
    'agent: your social security number?\ncaller: 6 6 6 1 2 3 4 5 6',
    'agent: your social security number?\ncaller: nine one two three four five six seven eight',
    'agent: your social security number?\ncaller: eight seven six five four three two one zero', // a countdown, though in the valid ranges
    "agent: what's the best number?\ncaller: 3 1 2 5 5 5 0 1 4 2", // 555-01XX is kept for fiction
    'agent: the card number?\ncaller: twenty four two six three eight five six two seven five eight four two four four zero', // "twenty" is not a digit
  ]) assert.deepEqual(kindsIn(text), [], text);
});

test('hard negatives: prose, verse, math, tables and grids with number words or single digits', () => {
  for (const text of [
    'One of the two dogs had four puppies; number three of the five was the runt, and six of the seven cats slept for nine hours.',
    "Jenny, Jenny, who can I turn to? I got your number, I need to make you mine. Eight six seven five three oh nine, eight six seven five three oh nine.",
    'A counting rhyme with a number in every line: one, two, buckle my shoe; three, four, knock at the door; five, six, pick up sticks; seven, eight, lay them straight; nine, ten, a big fat hen.',
    'Number theory warm-up: 2 + 2 = 4, 3 + 5 = 8, 7 - 1 = 6 and 9 * 1 = 9.',
    '| number | a | b | c | d | e | f | g | h | i |\n|---|---|---|---|---|---|---|---|---|---|\n| 1 | 0 | 1 | 1 | 0 | 1 | 0 | 0 | 1 | 1 |',
    'Put each number 1 to 9 once in every row:\n5 3 0 0 7 0 0 0 0\n6 0 0 1 9 5 0 0 0\n0 9 8 0 0 0 0 6 0',
    'Phone keypad drill, type each row:\n3 1 2 8 6 9 0 9 9 8\n4 1 5 3 8 6 7 2 9 4\n2 1 2 5 5 5 7 3 9 1',
  ]) assert.deepEqual(kindsIn(text), [], text);
});

test('reading a text once for all its cues finds what each cue reading its own window would', () => {
  const random = seededRandom(5);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const digits = ['4', '0', '7', 'four', 'oh', 'nine', 'double five'];
  const others = ['uh', ',', '-', '...', 'number', 'number', 'is', 'it', '\n', '\t', 'v1.2', '12', 'ten'];
  const ownWindow = (text: string, from: number, until: number): string | undefined => {
    const pattern = new RegExp(SPOKEN_SEQUENCE.source, SPOKEN_SEQUENCE.flags);
    pattern.lastIndex = 1;
    const rest = text.slice(from - 1);
    for (let m = pattern.exec(rest); m && from - 1 + m.index <= until; m = pattern.exec(rest)) {
      const spoken = readSpokenDigits(m[0], from - 1 + m.index);
      if (spoken.digits.length >= 9) return `${spoken.start} ${spoken.end} ${spoken.digits}`;
    }
    return undefined;
  };
  let found = 0;
  for (let round = 0; round < 30; round++) {
    const text = Array.from({ length: 1500 }, () => pick(random() < 0.85 ? digits : others)).join(pick([' ', ' ', ', ']));
    const shared = new ReadOutSequences(text);
    // The cues end where a sequence cannot be going on: the reading starts there.
    for (let cue = text.indexOf('number'), from = cue + 6; cue !== -1; cue = text.indexOf('number', from), from = cue + 6) {
      const spoken = shared.first(from, from + 150, 9);
      const expected = ownWindow(text, from, from + 150);
      assert.equal(spoken && `${spoken.start} ${spoken.end} ${spoken.digits}`, expected, `round ${round}, from ${from}`);
      if (expected) found++;
    }
  }
  assert.ok(found > 100, `only ${found} sequences: the generator lost its positives`);
});

test('the CLI reports read-out numbers in a JSONL dataset, lines as records, no digits in its output', (t) => {
  const dir = tempDir(t);
  const records = [
    { text: "agent: can I have your social security number\ncaller: sure it's 8 4 8 9 5 5 6 6 2" },
    { text: "agent: go ahead with the card number\ncaller: ok it's six five two two three one four five eight nine zero one two three four four" },
    { messages: [{ role: 'assistant', content: "What's the best number to reach you?" }, { role: 'user', content: 'yeah it\'s three one two, eight six nine, oh nine nine eight' }] },
    { text: "agent: can I have your social security number\ncaller: sure it's 417385787" },
    { text: 'count with me: one two three four five six seven eight nine ten, what number comes next?' },
  ];
  writeFileSync(join(dir, 'calls.jsonl'), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const { stdout, stderr } = runCli(['check', 'calls.jsonl', '--format', 'json'], dir);
  const [file] = JSON.parse(stdout).files;
  assert.equal(file.format, 'dataset-jsonl', stderr);
  const found = file.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line]);
  assert.deepEqual(found, [['pii/us-ssn', 1], ['pii/credit-card', 2], ['pii/phone-number', 3], ['pii/us-ssn', 4]]);
  const ssn = file.findings[0];
  assert.equal(JSON.stringify(records[0]).slice(ssn.column - 1, ssn.endColumn - 1), '8 4 8 9 5 5 6 6 2');
  assert.ok(!stdout.includes('8 4 8 9') && !stdout.includes('417385787'));
});

