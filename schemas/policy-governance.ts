import { z } from 'zod';
import { ClassificationLevelSchema } from './vocabulary';

/**
 * The governance sections of `.tuneguard.yaml`: datasets, models, publishing, trackers, imports
 * and credentials. Levels are names from `classification.levels`; an unknown level is ignored
 * by the rules that use it.
 */

export const MANIFEST_FIELDS = ['owner', 'classification', 'license', 'source', 'retention'] as const;

/** A level name: completes and hovers with the policy's own `classification.levels`. */
const Level = ClassificationLevelSchema;

export const DatasetsPolicySchema = z.object({
  requireManifest: z.boolean().default(true)
    .describe('Every dataset a config trains on must have a manifest (`*.dataset.yaml`) in the workspace.'),
  requiredFields: z.array(z.enum(MANIFEST_FIELDS)).default([...MANIFEST_FIELDS])
    .describe('Fields every Tuneguard dataset manifest must fill in.'),
  unclassifiedAs: Level.optional()
    .describe('Level assumed for datasets without a classification (e.g. `restricted` to fail closed). Unset: such data is reported, not assumed.'),
  piiMinimumLevel: Level.default('confidential')
    .describe('Lowest classification allowed for a dataset whose manifest says `contains_pii: true`.'),
  requirePinnedRevision: z.boolean().default(false)
    .describe('Hub datasets must be pinned to a revision (in the config or the manifest\'s `revision`).'),
}).describe('Dataset governance.');

export const ModelsPolicySchema = z.object({
  allowedBaseModels: z.array(z.string().min(1)).default([])
    .describe('Glob patterns of base models that may be fine-tuned, e.g. `meta-llama/*`. Empty: any model.'),
  requirePinnedRevision: z.boolean().default(true)
    .describe('Hub base models must be pinned to a revision (`revision_of_model`, `model_revision`).'),
  revisionPin: z.enum(['commit', 'tag-or-commit']).default('tag-or-commit')
    .describe('What counts as pinned: only a commit SHA, or also a tag (anything but a branch such as `main`).'),
  trustRemoteCode: z.array(z.string().min(1)).default([])
    .describe('Glob patterns of models allowed to run their own code with `trust_remote_code: true`.'),
  allowPickleCheckpoints: z.boolean().default(false)
    .describe('Allow pickle-based checkpoints (`.bin`, `.pt`, `.pth`, `save_safetensors: false`), which can run code when loaded.'),
}).describe('Base model governance.');

export const PublishingPolicySchema = z.object({
  publicMaxLevel: Level.default('public')
    .describe('Most sensitive data a model pushed to a public hub repository may be trained on.'),
  hubMaxLevel: Level.default('confidential')
    .describe('Most sensitive data a model pushed to any hub repository (even private) may be trained on.'),
  allowedHubOrgs: z.array(z.string().min(1)).default([])
    .describe('Hub organisations or users that pushes may target. Empty: any.'),
}).describe('Publishing to the Hugging Face Hub.');

const TrackerLevels = z.object({
  metricsMaxLevel: Level.optional().describe('Most sensitive data of a run that may log metrics and configs to this tracker.'),
  uploadsMaxLevel: Level.optional().describe('Most sensitive data of a run that may upload models, checkpoints or samples to this tracker.'),
});

export const TrackersPolicySchema = z.object({
  allowed: z.array(z.string().min(1)).optional()
    .describe('Trackers that may be used at all (`wandb`, `mlflow`, `comet_ml`, `neptune`, `clearml`, `swanlab`, `tensorboard`...). Unset: any.'),
  metricsMaxLevel: Level.default('confidential')
    .describe('Most sensitive data of a run that may log metrics and configs to a hosted tracker.'),
  uploadsMaxLevel: Level.default('internal')
    .describe('Most sensitive data of a run that may upload models, checkpoints or samples to a hosted tracker.'),
  byTracker: z.record(z.string(), TrackerLevels).default({})
    .describe('Per-tracker levels, e.g. a self-hosted `mlflow: { uploadsMaxLevel: restricted }`.'),
}).describe('Experiment trackers (W&B, MLflow, Comet...).');

export const DEFAULT_IMPORT_PREFIXES = [
  'torchtune.', 'torch.', 'torchao.', 'axolotl.', 'transformers.', 'trl.', 'peft.', 'llamafactory.', 'datasets.', 'bitsandbytes.',
];

export const ImportsPolicySchema = z.object({
  allowedPrefixes: z.array(z.string().min(1)).default([...DEFAULT_IMPORT_PREFIXES])
    .describe('Python module prefixes configs may import (`_component_`, `plugins`, `trainer_cls`, `reward_funcs`, dotted dataset `type`).'),
}).describe('Code that configs make the trainer import.');

export const CredentialSchema = z.object({
  name: z.string().min(1).describe('Environment variable or reference name the pipelines use, e.g. `HF_TOKEN`.'),
  owner: z.string().min(1).optional().describe('Accountable owner of this non-human identity.'),
  lastRotated: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date such as 2026-01-31').optional().describe('ISO date of the last rotation.'),
  maxAgeDays: z.number().int().positive().optional().describe('Rotation period for this credential; default `credentials.maxAgeDays`.'),
  provider: z.string().optional().describe('Where it is stored (vault, 1password, aws-secrets-manager...).'),
});

export const CredentialsPolicySchema = z.object({
  maxAgeDays: z.number().int().positive().default(90).describe('Maximum days since a credential\'s last rotation.'),
  inventory: z.array(CredentialSchema).default([])
    .describe('The pipelines\' credentials (non-human identities) with owner and last rotation.'),
}).describe('Credential inventory and rotation.');

/**
 * Spread into PolicySchema's shape. Optional so Policy objects built in code stay valid;
 * `governanceOf` in the engine fills the defaults.
 */
export const GOVERNANCE_SECTIONS = {
  datasets: DatasetsPolicySchema.optional(),
  models: ModelsPolicySchema.optional(),
  publishing: PublishingPolicySchema.optional(),
  trackers: TrackersPolicySchema.optional(),
  imports: ImportsPolicySchema.optional(),
  credentials: CredentialsPolicySchema.optional(),
};

export const GOVERNANCE_DEFAULTS = {
  datasets: DatasetsPolicySchema.parse({}),
  models: ModelsPolicySchema.parse({}),
  publishing: PublishingPolicySchema.parse({}),
  trackers: TrackersPolicySchema.parse({}),
  imports: ImportsPolicySchema.parse({}),
  credentials: CredentialsPolicySchema.parse({}),
};

export type GovernancePolicy = typeof GOVERNANCE_DEFAULTS;

export type Credential = z.infer<typeof CredentialSchema>;
