import type { SecretProvider } from './provider';

/**
 * The variable comes from the environment the job runs in (CI secrets, a scheduler's secret
 * store). Nothing can be stored there from an editor, so the value is kept in the git-ignored
 * env file until someone puts it where the job's environment comes from.
 */
export const environmentProvider: SecretProvider = {
  id: 'environment',
  label: 'the environment',
  defaultTemplate: '${{name}}',
  templateValues: () => ({}),
  secretName: (variable) => variable,
  launch: (_settings, variables) => `${variables.map((v) => `${v}=…`).join(' ')} <command>  (set by CI / the scheduler)`,
  resolvesReferencesFile: false,
  docsUrl: 'https://docs.github.com/actions/security-guides/using-secrets-in-github-actions',
};
