import { shellSubstitution, type SecretProvider } from './provider';

/** Azure Key Vault: names allow only letters, digits and dashes, so HF_TOKEN is stored as HF-TOKEN. */
export const azureKeyVaultProvider: SecretProvider = {
  id: 'azure-key-vault',
  label: 'Azure Key Vault',
  cli: 'az',
  defaultTemplate: 'https://{vaultName}.vault.azure.net/secrets/{name}',
  templateValues: (s) => ({ vaultName: s.azure.vaultName }),
  secretName: (variable) => variable.replace(/[^A-Za-z0-9-]/g, '-'),
  launch: (s, variables) => shellSubstitution(variables, (v) =>
    `az keyvault secret show --vault-name ${s.azure.vaultName ?? '<vault>'} --name ${v.replace(/[^A-Za-z0-9-]/g, '-')} --query value -o tsv`),
  resolvesReferencesFile: false,
  storeCommands: (name, value, s) => s.azure.vaultName
    // --file /dev/stdin: az reads the secret's value from its standard input.
    ? [{ command: 'az', args: ['keyvault', 'secret', 'set', '--vault-name', s.azure.vaultName, '--name', name, '--file', '/dev/stdin', '--encoding', 'utf-8', '--output', 'none'], stdin: value }]
    : [],
  docsUrl: 'https://learn.microsoft.com/azure/key-vault/secrets/tutorial-rotation',
};
