import { awsSecretsManagerProvider } from './aws-secrets-manager';
import { azureKeyVaultProvider } from './azure-key-vault';
import { dopplerProvider } from './doppler';
import { envFileProvider } from './env-file';
import { environmentProvider } from './environment';
import { gcpSecretManagerProvider } from './gcp-secret-manager';
import { infisicalProvider } from './infisical';
import { onePasswordProvider } from './onepassword';
import { fillTemplate, type ProviderId, type SecretProvider, type SecretsSettings } from './provider';
import { vaultProvider } from './vault';

export const PROVIDERS: Readonly<Record<ProviderId, SecretProvider>> = {
  'env-file': envFileProvider,
  environment: environmentProvider,
  vault: vaultProvider,
  'aws-secrets-manager': awsSecretsManagerProvider,
  'gcp-secret-manager': gcpSecretManagerProvider,
  'azure-key-vault': azureKeyVaultProvider,
  '1password': onePasswordProvider,
  doppler: dopplerProvider,
  infisical: infisicalProvider,
};

export function providerFor(settings: SecretsSettings): SecretProvider {
  return PROVIDERS[settings.provider] ?? envFileProvider;
}

/** The reference to `variable` in the provider, from the policy's template or the provider's syntax. */
export function referenceFor(provider: SecretProvider, variable: string, settings: SecretsSettings): string {
  const name = provider.secretName(variable, settings);
  const template = settings.referenceTemplate ?? provider.defaultTemplate;
  return fillTemplate(template, { ...provider.templateValues(settings), name, variable });
}

export { resolveSecretsSettings } from './provider';
export type { ProviderId, SecretProvider, SecretsSettings, StoreCommand } from './provider';
