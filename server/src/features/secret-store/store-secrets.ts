import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import { providerFor, type SecretProvider, type SecretsSettings } from '../../engine/fixes/providers';
import { storeManyInEnvFile } from '../env-file-store';
import type { Logger } from '../logger';
import { findExecutable } from './find-executable';
import { runStoreCommand } from './run-store-command';
import type { WorkspaceTrust } from './workspace-trust';

export interface SecretToStore {
  variable: string;
  value: string;
}

export type StoreOutcome =
  | { ok: true; destination: 'provider'; provider: SecretProvider; variables: string[] }
  | { ok: true; destination: 'env-file'; envFile: string; variables: string[] }
  | { ok: false; reason: string; cancelled?: boolean };

export interface StoreDeps {
  connection: Connection;
  trust: WorkspaceTrust;
  log: Logger;
}

/** The provider's CLI, when it may be used here: a provider with a CLI, installed, workspace trusted. */
export function usableProviderCli(settings: SecretsSettings, trust: WorkspaceTrust): { provider: SecretProvider; executable: string } | undefined {
  const provider = providerFor(settings);
  if (!provider.cli || !provider.storeCommands || !trust.trusted) return undefined;
  if (provider.storeCommands('X', '', settings).length === 0) return undefined; // e.g. Azure without vaultName
  const executable = findExecutable(provider.cli);
  return executable ? { provider, executable } : undefined;
}

/** Where a fix will store values, for titles: the provider when its CLI may be used, else the env file. */
export function destinationLabel(settings: SecretsSettings, trust: WorkspaceTrust): string {
  const cli = usableProviderCli(settings, trust);
  return cli ? `${cli.provider.label} (after you confirm)` : `the git-ignored ${settings.envFile}`;
}

/**
 * Store every secret before any edit. `interactive`: when the provider's CLI may be used, the
 * user chooses provider, env file or cancel (window/showMessageRequest). `silent` (fix on save)
 * never prompts nor spawns: it uses the env file.
 */
export async function storeSecrets(deps: StoreDeps, root: string, settings: SecretsSettings, secrets: readonly SecretToStore[], mode: 'interactive' | 'silent'): Promise<StoreOutcome> {
  const cli = mode === 'interactive' ? usableProviderCli(settings, deps.trust) : undefined;
  if (cli) {
    const names = secrets.map((s) => s.variable).join(', ');
    const useProvider = `Store in ${cli.provider.label}`;
    const useEnvFile = `Use ${settings.envFile}`;
    const choice = await deps.connection.window.showInformationMessage(
      `Tuneguard: store ${names} in ${cli.provider.label} with \`${cli.provider.cli}\` (the value is passed on stdin), then remove ${secrets.length === 1 ? 'it' : 'them'} from the file?`,
      { title: useProvider }, { title: useEnvFile }, { title: 'Cancel' },
    );
    if (choice?.title === useProvider) return storeWithCli(deps, root, settings, cli.provider, cli.executable, secrets);
    if (choice?.title !== useEnvFile) return { ok: false, cancelled: true, reason: 'you cancelled' };
  }
  try {
    const stored = await storeManyInEnvFile(root, settings.envFile, secrets);
    const envFile = path.relative(root, stored[0]?.envFile ?? path.resolve(root, settings.envFile)).split(path.sep).join('/');
    deps.log.info(`Stored ${stored.map((s) => s.variable).join(', ')} in ${envFile}.`);
    return { ok: true, destination: 'env-file', envFile, variables: stored.map((s) => s.variable) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

async function storeWithCli(deps: StoreDeps, root: string, settings: SecretsSettings, provider: SecretProvider, executable: string, secrets: readonly SecretToStore[]): Promise<StoreOutcome> {
  for (const secret of secrets) {
    const name = provider.secretName(secret.variable, settings);
    let reason = 'no command';
    let stored = false;
    for (const command of provider.storeCommands!(name, secret.value, settings)) {
      const outcome = await runStoreCommand(executable, command, root);
      if (outcome.ok) {
        stored = true;
        break;
      }
      reason = outcome.reason ?? 'failed';
    }
    if (!stored) {
      deps.log.warn(`Storing ${secret.variable} in ${provider.label} failed: ${reason}`);
      return { ok: false, reason: `${provider.label} did not store ${secret.variable} (${reason})` };
    }
    deps.log.info(`Stored ${secret.variable} in ${provider.label} as ${name}.`);
  }
  return { ok: true, destination: 'provider', provider, variables: secrets.map((s) => s.variable) };
}
