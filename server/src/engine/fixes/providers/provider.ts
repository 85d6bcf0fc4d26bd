import type { z } from 'zod';
import { SecretProviderOptionsSchema, type Policy, type SECRET_PROVIDERS } from '../../../../../schemas/policy';

export type ProviderId = (typeof SECRET_PROVIDERS)[number];
/** The policy's `secrets` section with every provider option resolved to its default. */
export type SecretsSettings = Policy['secrets'] & z.output<typeof SecretProviderOptionsSchema>;

export function resolveSecretsSettings(secrets: Policy['secrets']): SecretsSettings {
  return { ...secrets, ...SecretProviderOptionsSchema.parse(secrets) };
}

/**
 * One call of a provider's CLI that stores a secret. The value travels only in `stdin`: argv
 * is visible to every user of the machine (`ps`) and ends up in shell histories and audit logs.
 */
export interface StoreCommand {
  command: string;
  args: string[];
  stdin: string;
}

/** A secrets manager as quick fixes see it: names, references, launch and storing. */
export interface SecretProvider {
  id: ProviderId;
  label: string;
  /** Executable that stores and resolves secrets; absent for the env-file/environment providers. */
  cli?: string;
  /** Reference syntax, `{name}` being the name in the provider; overridden by `secrets.referenceTemplate`. */
  defaultTemplate: string;
  /** Values of the template's other placeholders (`{vault}`, `{project}`...). */
  templateValues(settings: SecretsSettings): Record<string, string | undefined>;
  /** Name of the secret inside the provider, from the environment variable (providers differ in what they allow). */
  secretName(variable: string, settings: SecretsSettings): string;
  /** Launch command around the user's command `cmd`, which gets every moved variable in its environment. */
  launch(settings: SecretsSettings, variables: readonly string[]): string;
  /** True when the runner reads `secrets.referencesFile` (an env file of references) at launch. */
  resolvesReferencesFile: boolean;
  /** CLI calls that store `value` as `name`; each is tried in order until one succeeds. */
  storeCommands?(name: string, value: string, settings: SecretsSettings): StoreCommand[];
  /** Where the provider's own documentation on rotating a stored secret lives. */
  docsUrl: string;
}

/** Fill `{placeholder}`s; an unknown or unset one stays visible as `<placeholder>` for the user to complete. */
export function fillTemplate(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (_, key: string) => values[key] ?? `<${key}>`);
}

/** `$(...)` substitution per variable around a command: how cloud CLIs are used when they have no runner. */
export function shellSubstitution(variables: readonly string[], read: (variable: string) => string): string {
  const assignments = variables.map((v) => `${v}="$(${read(v)})"`).join(' ');
  return `${assignments} <command>`;
}
