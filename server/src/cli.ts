import '../../schemas/zod-jitless';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { parseArgs, UsageError, USAGE, type CheckCommand } from './cli/args';
import { checkFileOrStream } from './cli/check-files';
import { DatasetWorkerPool } from './cli/dataset-worker-pool';
import { findPolicy } from './cli/find-policy';
import { formatJson } from './cli/format-json';
import { formatSarif } from './cli/format-sarif';
import { formatText } from './cli/format-text';
import { hasErrors } from './cli/report';
import { collectFiles } from './cli/walk';
import { buildCliDatasetIndex } from './cli/workspace-index';
import { describeError } from './features/logger';
import { runInventory } from './cli/inventory-command';
import { applyBaseline, loadBaseline, writeBaseline, type BaselineCommand } from './cli/baseline-command';
import { MAX_FINDINGS_PER_RULE } from './cli/chunk-report-collector';

declare const TUNEGUARD_VERSION: string;
const VERSION = typeof TUNEGUARD_VERSION === 'string' ? TUNEGUARD_VERSION : '0.0.0-dev';

/**
 * `started`: dataset workers already booting (cli-bin.ts starts them early); the check's pool
 * takes them over, and `run` ends those it did not take.
 */
export async function main(argv: readonly string[], cwd = process.cwd(), started: Worker[] = []): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`tuneguard: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (command.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.command === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command.command === 'inventory') return runInventory(command, cwd);
  if (command.command === 'baseline') return runCheck({ command: 'check', paths: command.paths, format: 'text', policy: command.policy }, cwd, started, command);
  return runCheck(command, cwd, started);
}

async function runCheck(command: CheckCommand, cwd: string, started: Worker[], baselineCommand?: BaselineCommand): Promise<number> {
  let found;
  try {
    found = findPolicy(command.policy, cwd);
  } catch (error) {
    process.stderr.write(`tuneguard: cannot read policy ${command.policy}: ${(error as NodeJS.ErrnoException).code ?? describeError(error)}\n`);
    return 2;
  }
  if (found.problems > 0) process.stderr.write(`tuneguard: warning: ${found.file} has ${found.problems} problem(s); invalid settings use their defaults (run \`tuneguard check ${found.file}\` for details).\n`);

  const missing = command.paths.filter((p) => !fs.existsSync(path.resolve(cwd, p)));
  if (missing.length > 0) {
    process.stderr.write(`tuneguard: no such file or directory: ${missing.join(', ')}\n`);
    return 2;
  }
  const { files, problems } = collectFiles(command.paths.map((p) => path.resolve(cwd, p)));
  for (const problem of problems) process.stderr.write(`tuneguard: warning: ${problem.path}: ${problem.message}\n`);

  let accepted = new Set<string>();
  if (!baselineCommand) {
    try {
      accepted = loadBaseline(command.baseline, found, cwd, (message) => process.stderr.write(`tuneguard: warning: ${message}\n`));
    } catch (error) {
      process.stderr.write(`tuneguard: cannot read baseline ${command.baseline}: ${(error as NodeJS.ErrnoException).code ?? describeError(error)}\n`);
      return 2;
    }
  }
  // A baseline records every finding; a check lists a bounded number per rule in a streamed dataset.
  const collect = baselineCommand ? {} : { accepted, maxFindingsPerRule: MAX_FINDINGS_PER_RULE };

  const datasetIndex = buildCliDatasetIndex(found.root, found.file !== undefined, files);
  let pool: DatasetWorkerPool | undefined;
  const reports = [];
  try {
    for (const file of files) {
      reports.push(await checkFileOrStream(file, cwd, found, { datasetIndex: () => datasetIndex }, () => (pool ??= new DatasetWorkerPool(found.policy.allowlist.values, undefined, { scanOnCaller: true, started: started.splice(0) })), collect));
    }
  } finally {
    await pool?.close();
  }
  if (baselineCommand) {
    const written = writeBaseline(reports, found, baselineCommand.output, cwd);
    process.stderr.write(`tuneguard: wrote ${written.count} accepted finding(s) to ${path.relative(cwd, written.file) || written.file}.\n`);
    return 0;
  }
  applyBaseline(reports, accepted);
  const output = command.format === 'json' ? formatJson(reports) : command.format === 'sarif' ? formatSarif(reports, VERSION) : formatText(reports);
  if (command.output) {
    fs.writeFileSync(command.output, output);
    if (command.format !== 'text') process.stderr.write(formatText(reports).split('\n').filter(Boolean).pop() + '\n');
  } else {
    process.stdout.write(output);
  }
  return hasErrors(reports) ? 1 : 0;
}

/** The process's run: `dist/cli.js` (cli-bin.ts) loads this bundle and calls it. */
export function run(started: Worker[] = []): void {
  // `tuneguard check . | head`: the reader stopped reading, which is not worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), process.cwd(), started).then((code) => {
    process.exitCode = code;
  }, (error: unknown) => {
    process.stderr.write(`tuneguard: internal error: ${describeError(error)}\n`);
    process.exitCode = 2;
  }).finally(() => {
    for (const worker of started) void worker.terminate(); // not taken by a pool
  });
}
