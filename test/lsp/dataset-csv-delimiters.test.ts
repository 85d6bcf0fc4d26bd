import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { DATASET_FROM_DISK_NOTIFICATION, type DatasetFromDiskParams } from '../../schemas/protocol';
import { LspSession } from '../helpers/lsp-session';
import { tempDir } from '../helpers/temp-dir';

const SCANNING = 'tuneguard/scan-in-progress';

/** A semicolon CSV over the background-scan threshold: a bare SSN (one only under its column's name) every 500th row, a note over two lines every 40th. */
function germanExport(rows: number): { text: string; ssnLines: number[] } {
  const out = ['id;Notiz;SSN'];
  const ssnLines: number[] = [];
  let line = 2;
  for (let i = 0; i < rows; i++) {
    const twoLines = i % 40 === 0;
    const ssn = i % 500 === 7 ? `5369${String(10000 + i).slice(-5)}` : '';
    if (ssn) ssnLines.push(twoLines ? line + 1 : line);
    out.push(`${i};${twoLines ? '"nichts Persönliches;\nzweite Zeile"' : 'nichts Persönliches hier, Version 1.2.3'};${ssn}`);
    line += twoLines ? 2 : 1;
  }
  return { text: `${out.join('\n')}\n`, ssnLines };
}

async function settled(session: LspSession, uri: string): Promise<Diagnostic[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const items = await session.diagnostics(uri);
    if ((items.length > 0 && !items.some((d) => d.code === SCANNING)) || Date.now() > deadline) return items;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

test('a large semicolon CSV is scanned in the background with its delimiter, open or read from disk: SSNs under their column on their lines', async (t) => {
  const dir = tempDir(t);
  const { text, ssnLines } = germanExport(40_000);
  assert.ok(text.length > 1024 * 1024);
  const file = join(dir, 'kunden.csv');
  writeFileSync(file, text);
  const session = await LspSession.started(t, dir);
  const ssnOf = (items: Diagnostic[]) => items.filter((d) => d.code === 'pii/us-ssn').map((d) => d.range.start.line + 1);

  const open = await settled(session, await session.open(file, text, 'csv'));
  assert.deepEqual(open.filter((d) => d.code === 'pii/sensitive-field').map((d) => d.range.start), [{ line: 0, character: 9 }]);
  assert.deepEqual(ssnOf(open), ssnLines);

  const copy = join(dir, 'kopie.csv');
  writeFileSync(copy, text);
  const uri = pathToFileURL(copy).href;
  await session.connection.sendNotification(DATASET_FROM_DISK_NOTIFICATION, { uri, event: 'opened' } satisfies DatasetFromDiskParams);
  assert.deepEqual(ssnOf(await settled(session, uri)), ssnLines);
});
