// Finds the language server processes started from an extensions folder, by their command line,
// for one window: the client starts the server in the workspace folder, so its cwd tells them apart.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export function serverProcesses(extensionsDir: string, workspace: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let commandLine: string[];
    try {
      commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (readlinkSync(`/proc/${entry}/cwd`) !== workspace) continue;
    } catch {
      continue; // the process ended while we looked
    }
    if (commandLine.some((arg) => arg.startsWith(extensionsDir) && arg.endsWith('/dist/server.js'))) pids.push(Number(entry));
  }
  return pids;
}

/** The parent of a process (for a language server: the extension host that started it). */
export function parentProcess(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function isExtensionHost(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('--type=extensionHost');
  } catch {
    return false;
  }
}
