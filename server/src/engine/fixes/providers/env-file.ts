import type { SecretProvider } from './provider';

/** The default: a git-ignored dotenv file in the workspace, loaded into the environment at launch. */
export const envFileProvider: SecretProvider = {
  id: 'env-file',
  label: 'the local env file',
  defaultTemplate: '${{name}}',
  templateValues: () => ({}),
  secretName: (variable) => variable,
  launch: (settings) => `set -a && . ./${settings.envFile} && set +a && <command>`,
  resolvesReferencesFile: false,
  docsUrl: 'https://github.com/motdotla/dotenv#readme',
};
