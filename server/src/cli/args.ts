import { INVENTORY_USAGE, parseInventoryArgs, type InventoryCommand } from './inventory-command';
import { BASELINE_USAGE, parseBaselineArgs, type BaselineCommand } from './baseline-command';
import { walkArgs } from './walk-args';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckCommand {
  command: 'check';
  paths: string[];
  format: OutputFormat;
  output?: string;
  policy?: string;
  /** Baseline of accepted findings; default `.tuneguard-baseline.json` at the policy root when present. */
  baseline?: string;
}

export type CliCommand = CheckCommand | InventoryCommand | BaselineCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: tuneguard check PATH... [--format text|json|sarif] [--output FILE] [--policy FILE] [--baseline FILE]
${BASELINE_USAGE}
${INVENTORY_USAGE}

Checks fine-tuning configs, dataset manifests and datasets for embedded secrets,
sensitive data and governance policy violations. Directories are walked (respecting
.gitignore, skipping node_modules and .git).

Exit codes: 0 no error-level findings, 1 error-level findings, 2 usage or internal error.`;

export function parseArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command === 'inventory') return parseInventoryArgs(rest, (message) => new UsageError(message));
  if (command === 'baseline') return parseBaselineArgs(rest, (message) => new UsageError(message));
  if (command !== 'check') throw new UsageError(`Unknown command "${command}".`);
  const result: CheckCommand = { command: 'check', paths: [], format: 'text' };
  result.paths = walkArgs(rest, (message) => new UsageError(message), (flag, value) => {
    switch (flag) {
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif (got "${format}").`);
        result.format = format;
        return true;
      }
      case '--output': case '-o': result.output = value(); return true;
      case '--policy': result.policy = value(); return true;
      case '--baseline': result.baseline = value(); return true;
      default: return false;
    }
  });
  if (result.paths.length === 0) throw new UsageError('Give at least one PATH to check (for example `tuneguard check .`).');
  return result;
}
