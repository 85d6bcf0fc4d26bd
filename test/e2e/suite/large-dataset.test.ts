import * as assert from 'node:assert/strict';
import { suite, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { openInEditor, resetWorkspace, tuneguardDiagnostics, waitFor, writeWorkspaceFile } from './workspace';

const SSN_RULE = 'pii/us-ssn';
const FILLER = JSON.stringify({ messages: [{ role: 'user', content: 'plain text about training runs, nothing personal at all. '.repeat(3) }] });
const SSN_RECORD = (i: number) => JSON.stringify({ text: `my SSN is 123-45-${String(1000 + (i % 9000)).slice(-4)}` });

/** Over 8 MiB, so the client does not sync it: the server scans the saved file from disk. */
function largeDataset(): string {
  const lines: string[] = [];
  for (let size = 0, i = 0; size < 9 * 1024 * 1024; i++) {
    const line = i % 1000 === 7 ? SSN_RECORD(i) : FILLER;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

function ssnLines(uri: vscode.Uri): number[] | undefined {
  const diagnostics = tuneguardDiagnostics(uri);
  if (diagnostics.some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'tuneguard/scan-in-progress')) return undefined;
  const lines = diagnostics.filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === SSN_RULE).map((d) => d.range.start.line);
  return lines.length > 0 ? lines : undefined;
}

suite('large datasets', () => {
  teardown(() => resetWorkspace(['big.jsonl']));

  test('a dataset over the sync limit gets its findings on the right record lines, and again after an edit is saved', async () => {
    const uri = writeWorkspaceFile('big.jsonl', largeDataset());
    const editor = await openInEditor(uri);
    const before = await waitFor('SSN findings of the scan from disk', () => ssnLines(uri), 60_000);
    assert.deepEqual(before.slice(0, 3), [7, 1007, 2007]);

    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), `${SSN_RECORD(1)}\n`));
    assert.ok(await editor.document.save(), 'the edit is saved');
    const after = await waitFor('the findings of the saved file, one line down', () => {
      const lines = ssnLines(uri);
      return lines?.[0] === 0 ? lines : undefined;
    }, 60_000);
    assert.deepEqual(after.slice(0, 3), [0, 8, 1008]);
  });
});
