import { spawn } from 'node:child_process';
import * as path from 'node:path';

/**
 * Does `value` appear in any committed version of `file`? Only git's own plumbing is run, with
 * paths and revisions as arguments: the value never leaves this process. Revisions of the file
 * come from `git log`, their blobs from one `git cat-file --batch`, searched here in memory.
 */
export async function valuesInHistory(root: string, file: string, values: readonly string[]): Promise<boolean[]> {
  const relative = path.relative(root, file).split(path.sep).join('/');
  if (relative.startsWith('..')) return values.map(() => false);
  const tracked = await git(root, ['ls-files', '--error-unmatch', '--', relative]);
  if (tracked.code !== 0) return values.map(() => false);
  const log = await git(root, ['log', '--all', '--format=%H', '--', relative]);
  if (log.code !== 0) return values.map(() => false);
  const revisions = log.stdout.toString('utf8').split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l));
  if (revisions.length === 0) return values.map(() => false);
  const found = values.map(() => false);
  const batch = await git(root, ['cat-file', '--batch'], revisions.map((r) => `${r}:${relative}\n`).join(''));
  for (const blob of parseBatch(batch.stdout)) {
    const text = blob.toString('utf8');
    values.forEach((value, i) => {
      if (!found[i] && text.includes(value)) found[i] = true;
    });
  }
  return found;
}

/** Split `git cat-file --batch` output into blob contents (header `<oid> <type> <size>\n<content>\n`). */
function parseBatch(output: Buffer): Buffer[] {
  const blobs: Buffer[] = [];
  let at = 0;
  while (at < output.length) {
    const newline = output.indexOf(0x0a, at);
    if (newline === -1) break;
    const header = output.subarray(at, newline).toString('utf8').split(' ');
    at = newline + 1;
    if (header.length !== 3) continue; // "<name> missing" (the path did not exist at that revision)
    const size = Number(header[2]);
    blobs.push(output.subarray(at, at + size));
    at += size + 1;
  }
  return blobs;
}

interface GitResult {
  code: number;
  stdout: Buffer;
}

function git(cwd: string, args: string[], stdin?: string): Promise<GitResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn('git', args, { cwd, shell: false, stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    child.stdout!.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve({ code: -1, stdout: Buffer.alloc(0) }));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(chunks) }));
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(stdin ?? '');
  });
}
