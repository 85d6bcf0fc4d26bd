import type { SecretProvider } from './provider';

/** Doppler: secrets are named like the variables; `doppler run` injects the whole config. */
export const dopplerProvider: SecretProvider = {
  id: 'doppler',
  label: 'Doppler',
  cli: 'doppler',
  defaultTemplate: 'doppler://{project}/{config}/{name}',
  templateValues: (s) => ({ project: s.doppler.project, config: s.doppler.config }),
  secretName: (variable) => variable.toUpperCase().replace(/[^A-Z0-9_]/g, '_'),
  launch: (s) => `doppler run${scope(s.doppler.project, s.doppler.config)} -- <command>`,
  resolvesReferencesFile: false,
  storeCommands: (name, value, s) => [{
    command: 'doppler',
    // With no value argument, `secrets set NAME` reads the value from stdin.
    args: ['secrets', 'set', name, ...scope(s.doppler.project, s.doppler.config).trim().split(' ').filter(Boolean), '--silent'],
    stdin: value,
  }],
  docsUrl: 'https://docs.doppler.com/docs/secrets-rotation',
};

function scope(project: string | undefined, config: string | undefined): string {
  return `${project ? ` --project ${project}` : ''}${config ? ` --config ${config}` : ''}`;
}
