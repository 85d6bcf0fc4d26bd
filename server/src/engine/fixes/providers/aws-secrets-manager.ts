import { shellSubstitution, type SecretProvider, type SecretsSettings } from './provider';

/** AWS Secrets Manager: a plain-string secret named `<prefix><VARIABLE>`. */
export const awsSecretsManagerProvider: SecretProvider = {
  id: 'aws-secrets-manager',
  label: 'AWS Secrets Manager',
  cli: 'aws',
  defaultTemplate: 'arn:aws:secretsmanager:{region}:<account>:secret:{name}',
  templateValues: (s) => ({ region: s.aws.region }),
  secretName: (variable, s) => `${s.aws.prefix}${variable}`,
  launch: (s, variables) => shellSubstitution(variables, (v) =>
    `aws secretsmanager get-secret-value --secret-id ${s.aws.prefix}${v}${regionFlag(s)} --query SecretString --output text`),
  resolvesReferencesFile: false,
  storeCommands: (name, value, s) => {
    const region = s.aws.region ? ['--region', s.aws.region] : [];
    // file:///dev/stdin: the CLI reads the parameter's value from its standard input.
    return [
      { command: 'aws', args: ['secretsmanager', 'create-secret', '--name', name, '--secret-string', 'file:///dev/stdin', ...region], stdin: value },
      { command: 'aws', args: ['secretsmanager', 'put-secret-value', '--secret-id', name, '--secret-string', 'file:///dev/stdin', ...region], stdin: value },
    ];
  },
  docsUrl: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
};

function regionFlag(s: SecretsSettings): string {
  return s.aws.region ? ` --region ${s.aws.region}` : '';
}
