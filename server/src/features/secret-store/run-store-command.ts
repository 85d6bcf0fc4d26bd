import { spawn } from 'node:child_process';
import type { StoreCommand } from '../../engine/fixes/providers';

export interface CommandOutcome {
  ok: boolean;
  /** Why it failed, safe to show: exit code and the CLI's first error line with the value masked. */
  reason?: string;
}

const TIMEOUT_MS = 60_000;

/**
 * Run one provider CLI call: argv as an array (no shell, so nothing is interpreted), the value
 * written to stdin and stdin closed. Output is read only to explain a failure.
 */
export function runStoreCommand(executable: string, command: StoreCommand, cwd: string): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    let stderr = '';
    let settled = false;
    const finish = (outcome: CommandOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const child = spawn(executable, command.args, { cwd, shell: false, stdio: ['pipe', 'ignore', 'pipe'], windowsHide: true });
    const timer = setTimeout(() => {
      child.kill();
      finish({ ok: false, reason: `\`${command.command}\` did not finish within ${TIMEOUT_MS / 1000} s` });
    }, TIMEOUT_MS);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, reason: `\`${command.command}\` could not start (${error.code ?? 'error'})` }));
    child.on('close', (code) => finish(code === 0 ? { ok: true } : { ok: false, reason: `\`${command.command} ${command.args.slice(0, 2).join(' ')}\` exited with ${code}${firstLine(stderr, command.stdin)}` }));
    child.stdin!.on('error', () => undefined); // a CLI that exits before reading stdin: reported by 'close'
    child.stdin!.end(command.stdin, 'utf8');
  });
}

/** The CLI's first error line, with anything that could be the value (or part of it) masked. */
function firstLine(stderr: string, stdin: string): string {
  let line = stderr.split(/\r?\n/).map((l) => l.trim()).find(Boolean);
  if (!line) return '';
  for (const token of stdin.split(/[\s"'=:,{}[\]]+/).filter((t) => t.length >= 6)) line = line.split(token).join('****');
  return `: ${line.slice(0, 200)}`;
}
