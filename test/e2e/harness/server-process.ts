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
