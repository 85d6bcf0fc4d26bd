import { shellSubstitution, type SecretProvider } from './provider';

/** GCP Secret Manager: secret `<VARIABLE>`, value as its latest version. */
export const gcpSecretManagerProvider: SecretProvider = {
  id: 'gcp-secret-manager',
  label: 'GCP Secret Manager',
  cli: 'gcloud',
  defaultTemplate: 'projects/{project}/secrets/{name}/versions/latest',
  templateValues: (s) => ({ project: s.gcp.project }),
  secretName: (variable) => variable,
  launch: (s, variables) => shellSubstitution(variables, (v) =>
    `gcloud secrets versions access latest --secret=${v}${s.gcp.project ? ` --project=${s.gcp.project}` : ''}`),
  resolvesReferencesFile: false,
  storeCommands: (name, value, s) => {
    const project = s.gcp.project ? [`--project=${s.gcp.project}`] : [];
    // --data-file=- reads the secret's payload from stdin.
    return [
      { command: 'gcloud', args: ['secrets', 'create', name, '--replication-policy=automatic', '--data-file=-', ...project], stdin: value },
      { command: 'gcloud', args: ['secrets', 'versions', 'add', name, '--data-file=-', ...project], stdin: value },
    ];
  },
  docsUrl: 'https://cloud.google.com/secret-manager/docs/rotation-recommendations',
};
