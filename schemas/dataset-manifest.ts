import { z } from 'zod';
import { ClassificationLevelSchema } from './vocabulary';

/**
 * A dataset's governance metadata, `<name>.dataset.yaml` beside the data (or anywhere in the
 * workspace, linked by `path`, `hub_id` or `uri`). Training tools never read it, so governance
 * keys never have to go into their configs.
 */
export const DatasetManifestSchema = z.object({
  name: z.string().min(1).describe('Human name of the dataset.'),
  description: z.string().optional().describe('What the data is and what it is for.'),
  path: z.union([z.string(), z.array(z.string())]).optional()
    .describe('Workspace-relative path(s) or glob(s) of the data files this manifest describes.'),
  hub_id: z.union([z.string(), z.array(z.string())]).optional()
    .describe('Hugging Face Hub dataset id(s), e.g. `acme/support-tickets`.'),
  uri: z.union([z.string(), z.array(z.string())]).optional()
    .describe('Object-store location(s): `s3://`, `gs://`, `az://`, `abfss://`, `https://`.'),
  llama_factory_name: z.string().optional().describe('Name of the dataset in LLaMA-Factory `dataset_info.json`.'),
  owner: z.string().min(1).optional().describe('Accountable owner (team or person, e.g. `ml-platform@acme.com`).'),
  classification: ClassificationLevelSchema.optional()
    .describe('Classification level, one of the policy\'s levels (default: public, internal, confidential, restricted).'),
  license: z.string().min(1).optional().describe('Licence of the data (SPDX id where one exists).'),
  source: z.string().min(1).optional().describe('Where the data comes from (system, vendor, URL, collection process).'),
  retention: z.string().min(1).optional().describe('How long the data and models trained on it may be kept, e.g. `P1Y` or `until 2027-06-30`.'),
  revision: z.string().optional().describe('Pinned revision (commit SHA or tag) of the dataset.'),
  contains_pii: z.boolean().optional().describe('Whether the data contains personal data (set by Tuneguard: Classify Dataset).'),
  pii_kinds: z.array(z.string()).optional().describe('Kinds of personal data found by the last scan, e.g. `email`, `us-ssn`.'),
  classified_at: z.string().optional().describe('ISO date of the last classification.'),
  classified_by: z.string().optional().describe('Who or what set the classification.'),
  fields: z.array(z.object({
    name: z.string().min(1),
    description: z.string().optional(),
    pii: z.boolean().optional(),
  })).optional().describe('Schema of the records; sensitive field names are checked.'),
}).describe('Tuneguard dataset manifest (*.dataset.yaml).');

export type DatasetManifest = z.infer<typeof DatasetManifestSchema>;
