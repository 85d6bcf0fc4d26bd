/** The two halves of crash safety that need no process: safeHandler and the client's restart policy. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy } from '../../../client/src/restart-policy';
import type { Logger } from '../../../server/src/features/logger';
import { safeHandler } from '../../../server/src/features/safe-handler';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, error: (m) => lines.push(`error ${m}`), warn: (m) => lines.push(`warn ${m}`), info: (m) => lines.push(`info ${m}`), debug: (m) => lines.push(`debug ${m}`) };
}

test('safeHandler: a throwing handler returns the empty result and logs one line, once per distinct failure', async () => {
  const log = recordingLogger();
  const secret = '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';
  const handler = safeHandler('textDocument/codeAction', log, () => [] as string[], (fail: boolean) => {
    if (fail) throw new TypeError(`cannot read ${secret}`);
    return ['ok'];
  });
  assert.deepEqual(await handler(true), []);
  assert.deepEqual(await handler(true), []);
  assert.deepEqual(await handler(false), ['ok'], 'the handler keeps working after a failure');
  assert.equal(log.lines.length, 1, log.lines.join('\n'));
  assert.match(log.lines[0], /^error Handler textDocument\/codeAction failed: TypeError/);
  assert.ok(!log.lines[0].includes(secret), 'the error message (which may quote input) is not logged');
});

test('safeHandler: async rejections and non-Error throws are caught too', async () => {
  const log = recordingLogger();
  const rejecting = safeHandler('a', log, () => 'empty', async () => Promise.reject(new RangeError('x')));
  const throwingString = safeHandler('b', log, () => 'empty', () => {
    throw 'plain string'; // eslint-disable-line no-throw-literal
  });
  assert.equal(await rejecting(), 'empty');
  assert.equal(await throwingString(), 'empty');
  assert.equal(log.lines.length, 2);
  assert.match(log.lines[1], /failed: string$/);
});

test('restart policy: 4 restarts within 3 minutes, the 5th crash stops and is reported', () => {
  let now = 0;
  const policy = new RestartPolicy(4, 3 * 60_000, () => now);
  const decisions = [];
  for (let i = 0; i < 5; i++) {
    decisions.push(policy.recordCrash());
    now += 10_000;
  }
  assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, true, false]);
  assert.deepEqual(decisions.map((d) => d.recent), [1, 2, 3, 4, 5]);
});

test('restart policy: crashes older than the window are forgotten; a manual restart resets the count', () => {
  let now = 0;
  const policy = new RestartPolicy(4, 3 * 60_000, () => now);
  for (let i = 0; i < 4; i++) policy.recordCrash();
  now += 3 * 60_000 + 1;
  assert.deepEqual(policy.recordCrash(), { restart: true, recent: 1 });
  for (let i = 0; i < 4; i++) policy.recordCrash();
  assert.equal(policy.recordCrash().restart, false);
  policy.reset();
  assert.deepEqual(policy.recordCrash(), { restart: true, recent: 1 });
});
