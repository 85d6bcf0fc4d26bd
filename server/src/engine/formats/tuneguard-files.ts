import { DatasetManifestSchema } from '../../../../schemas/dataset-manifest';
import { PolicySchema } from '../../../../schemas/policy';
import { stringAt, type FormatRecogniser } from './recogniser';

/** Top-level keys come from the zod schemas, so sections added there are recognised too. */
const POLICY_KEYS = new Set(Object.keys(PolicySchema.shape));
const MANIFEST_KEYS = new Set(Object.keys(DatasetManifestSchema.shape));

const POLICY_NAME = /^\.tuneguard\.ya?ml$/;
const MANIFEST_NAME = /\.dataset\.(ya?ml|json)$/;

export const tuneguardPolicy: FormatRecogniser = {
  id: 'tuneguard-policy',
  label: 'Tuneguard policy',
  score({ fileName, syntax, keys, root }) {
    if (POLICY_NAME.test(fileName)) return 20;
    // A policy under another name (the `tuneguard.policyFile` setting): only Tuneguard's own keys.
    if (syntax !== 'yaml' || keys.size < 2 || ![...keys].every((k) => POLICY_KEYS.has(k))) return 0;
    const versioned = root?.kind === 'map' && root.entries.some((e) => e.key === 'version' && e.value.kind === 'scalar' && e.value.value === 1);
    return versioned && (keys.has('classification') || keys.has('rules')) ? 9 : 0;
  },
};

export const tuneguardDatasetManifest: FormatRecogniser = {
  id: 'tuneguard-dataset-manifest',
  label: 'Tuneguard dataset manifest',
  score({ fileName, syntax, keys, root }) {
    if (MANIFEST_NAME.test(fileName)) return 20;
    if (syntax !== 'yaml' || keys.size < 3 || ![...keys].every((k) => MANIFEST_KEYS.has(k))) return 0;
    return stringAt(root, 'name') && keys.has('classification') && (keys.has('owner') || keys.has('hub_id') || keys.has('path')) ? 9 : 0;
  },
};
