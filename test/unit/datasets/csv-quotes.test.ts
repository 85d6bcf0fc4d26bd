import { test } from 'node:test';
import assert from 'node:assert/strict';
import { neutralizeCsvQuotes } from '../../../server/src/engine/datasets/csv-quotes';

test('doubled quotes inside quoted cells read as a space and a quote, the length kept', () => {
  const raw = 'id,code\n1,"key=""abc"" and ""x"""\n2,"""quoted"" start",plain ""not a cell quote""\n3,"",""\n';
  const neutral = neutralizeCsvQuotes(raw);
  assert.equal(neutral.length, raw.length);
  assert.equal(neutral, 'id,code\n1,"key= "abc " and  "x ""\n2," "quoted " start",plain ""not a cell quote""\n3,"",""\n');
  assert.equal(neutralizeCsvQuotes('a,b\n1,"no doubled quotes"\n'), 'a,b\n1,"no doubled quotes"\n');
});

test('a quoted cell over several lines is one cell', () => {
  const raw = 'id,text\n1,"first line\nsecond ""quoted"" line"\n';
  assert.equal(neutralizeCsvQuotes(raw), 'id,text\n1,"first line\nsecond  "quoted " line"\n');
});
