import type { SecretProvider } from './provider';

/**
 * 1Password: an API Credential item titled with the variable name. `op run` resolves the
 * `op://` references of an env file into the child's environment.
 */
export const onePasswordProvider: SecretProvider = {
  id: '1password',
  label: '1Password',
  cli: 'op',
  defaultTemplate: 'op://{vault}/{name}/credential',
  templateValues: (s) => ({ vault: s.onepassword.vault }),
  secretName: (variable) => variable,
  launch: (s) => `op run --env-file=${s.referencesFile} -- <command>`,
  resolvesReferencesFile: true,
  storeCommands: (name, value, s) => [{
    command: 'op',
    // `-` reads the item template (JSON) from stdin, so the value never appears in argv.
    args: ['item', 'create', '--vault', s.onepassword.vault, '--format', 'json', '-'],
    stdin: JSON.stringify({
      title: name,
      category: 'API_CREDENTIAL',
      fields: [{ id: 'credential', label: 'credential', type: 'CONCEALED', value }],
    }),
  }],
  docsUrl: 'https://developer.1password.com/docs/cli/secret-references/',
};
