import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { BoundedDiagnostics } from '../../../server/src/features/bounded-diagnostics';

const at = (line: number, code = 'pii/email'): Diagnostic => ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: 'm', code });

test('keeps the first max diagnostics by position whatever order the batches arrive in, and counts the rest by rule', () => {
  const bounded = new BoundedDiagnostics(3);
  bounded.add([at(50), at(60, 'pii/us-ssn')]);
  bounded.add([at(5), at(7, 'pii/us-ssn')]);
  bounded.add([at(1), at(90)]);
  const shown = bounded.shown();
  assert.deepEqual(shown.slice(0, 3).map((d) => d.range.start.line), [1, 5, 7]);
  assert.equal(shown[3].code, 'tuneguard/more-findings');
  assert.match(String(shown[3].message), /^3 more findings not shown \(2 pii\/email, 1 pii\/us-ssn\)/);
  assert.equal(bounded.size, 6);
});

test('no summary while under the cap', () => {
  const bounded = new BoundedDiagnostics(10);
  bounded.add([at(2), at(1)]);
  assert.deepEqual(bounded.shown().map((d) => d.range.start.line), [1, 2]);
});

test('findings a chunk counted without sending join the summary and the size', () => {
  const bounded = new BoundedDiagnostics(2);
  bounded.add([at(1), at(2), at(3)]);
  bounded.hide('pii/email', 40);
  assert.equal(bounded.size, 43);
  assert.match(String(bounded.shown()[2].message), /^41 more findings not shown \(41 pii\/email\)/);
});
