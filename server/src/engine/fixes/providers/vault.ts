import type { SecretProvider } from './provider';

/** HashiCorp Vault KV v2: one secret per credential at `<mount>/<path>/<name>`, field `value`. */
export const vaultProvider: SecretProvider = {
  id: 'vault',
  label: 'HashiCorp Vault',
  cli: 'vault',
  defaultTemplate: 'vault://{mount}/{path}/{name}#value',
  templateValues: (s) => ({ mount: s.vault.mount, path: s.vault.path.replace(/^\/+|\/+$/g, '') }),
  secretName: (variable) => variable,
  // Vault Agent's process supervisor mode renders env_template stanzas into the child's environment.
  launch: () => 'vault agent -config=agent.hcl  (exec { command = ["<command>"] } with one env_template per variable)',
  resolvesReferencesFile: false,
  storeCommands: (name, value, s) => [{
    command: 'vault',
    // `value=-` makes the CLI read the field's value from stdin.
    args: ['kv', 'put', `-mount=${s.vault.mount}`, joinPath(s.vault.path, name), 'value=-'],
    stdin: value,
  }],
  docsUrl: 'https://developer.hashicorp.com/vault/docs/commands/kv/put',
};

function joinPath(base: string, name: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/${name}` : name;
}
