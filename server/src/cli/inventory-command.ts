import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectInventory } from '../engine/inventory/collect-inventory';
import { inventoryToCsv, inventoryToJson } from '../../../schemas/credential-inventory-format';
import { inventoryFiles } from '../features/inventory-files';
import { findPolicy } from './find-policy';
import { walkArgs } from './walk-args';

export interface InventoryCommand {
  command: 'inventory';
  paths: string[];
  format: 'json' | 'csv';
  output?: string;
  policy?: string;
}

export const INVENTORY_USAGE = `       tuneguard inventory [PATH...] [--format json|csv] [--output FILE] [--policy FILE]
         Lists every credential reference and literal (redacted) with the files that use it,
         its store, and the owner and last rotation from the policy's credentials.inventory.`;

/** Arguments after `inventory`; throws `makeError(message)` on a usage error. */
export function parseInventoryArgs(rest: readonly string[], makeError: (message: string) => Error): InventoryCommand {
  const result: InventoryCommand = { command: 'inventory', paths: [], format: 'json' };
  result.paths = walkArgs(rest, makeError, (flag, value) => {
    if (flag === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'csv') throw makeError(`--format must be json or csv (got "${format}").`);
      result.format = format;
    } else if (flag === '--output' || flag === '-o') result.output = value();
    else if (flag === '--policy') result.policy = value();
    else return false;
    return true;
  });
  if (result.paths.length === 0) result.paths.push('.');
  return result;
}

export function runInventory(command: InventoryCommand, cwd: string): number {
  let found;
  try {
    found = findPolicy(command.policy, cwd);
  } catch (error) {
    process.stderr.write(`tuneguard: cannot read policy ${command.policy}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`);
    return 2;
  }
  const missing = command.paths.filter((p) => !fs.existsSync(path.resolve(cwd, p)));
  if (missing.length > 0) {
    process.stderr.write(`tuneguard: no such file or directory: ${missing.join(', ')}\n`);
    return 2;
  }
  const files = inventoryFiles(found.root, command.paths.map((p) => path.resolve(cwd, p)));
  const inventory = collectInventory(files, found.policy, new Date());
  const output = command.format === 'csv' ? inventoryToCsv(inventory) : inventoryToJson(inventory);
  if (command.output) fs.writeFileSync(command.output, output);
  else process.stdout.write(output);
  return 0;
}
