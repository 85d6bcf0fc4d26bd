import type { SecretProvider } from './provider';

/** Infisical: secrets named like the variables; `infisical run` injects the environment's secrets. */
export const infisicalProvider: SecretProvider = {
  id: 'infisical',
  label: 'Infisical',
  cli: 'infisical',
  defaultTemplate: 'infisical://{environment}{path}{name}',
  templateValues: (s) => ({ environment: s.infisical.environment, path: s.infisical.path.endsWith('/') ? s.infisical.path : `${s.infisical.path}/` }),
  secretName: (variable) => variable,
  launch: (s) => `infisical run --env=${s.infisical.environment} --path=${s.infisical.path} -- <command>`,
  resolvesReferencesFile: false,
  storeCommands: (name, value, s) => [{
    command: 'infisical',
    // --file reads dotenv entries; /dev/stdin keeps `NAME=value` out of argv.
    args: ['secrets', 'set', '--file', '/dev/stdin', `--env=${s.infisical.environment}`, `--path=${s.infisical.path}`,
      ...(s.infisical.projectId ? [`--projectId=${s.infisical.projectId}`] : []), '--silent'],
    stdin: `${name}=${JSON.stringify(value)}\n`,
  }],
  docsUrl: 'https://infisical.com/docs/documentation/platform/secret-rotation/overview',
};
