import type { FormatRecogniser } from './recogniser';

export const tuneguardPolicy: FormatRecogniser = {
  id: 'tuneguard-policy',
  label: 'Tuneguard policy',
  score: ({ fileName }) => (fileName === '.tuneguard.yaml' || fileName === '.tuneguard.yml' ? 20 : 0),
};

export const tuneguardDatasetManifest: FormatRecogniser = {
  id: 'tuneguard-dataset-manifest',
  label: 'Tuneguard dataset manifest',
  score: ({ fileName }) => (/\.dataset\.ya?ml$/.test(fileName) ? 20 : 0),
};
