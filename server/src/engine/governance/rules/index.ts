import type { RuleMeta } from '../../types';
import type { GovernanceRule } from '../governance-rule';
import { baseModelNotAllowed } from './base-model-not-allowed';
import { codeImportOutsideAllowlist } from './code-import-outside-allowlist';
import { credentialInEnvBlock } from './credential-in-env-block';
import { credentialRotationOverdue } from './credential-rotation-overdue';
import { credentialWithoutOwner } from './credential-without-owner';
import { datasetUnclassified } from './dataset-unclassified';
import { datasetWithoutManifest } from './dataset-without-manifest';
import { externalRewardApi } from './external-reward-api';
import { hubPushAboveLevel } from './hub-push-above-level';
import { hubPushUnapprovedOrg } from './hub-push-unapproved-org';
import { hubPushUnclassifiedData } from './hub-push-unclassified-data';
import { manifestMissingFields } from './manifest-missing-fields';
import { manifestUnknownClassification } from './manifest-unknown-classification';
import { pickleCheckpoint } from './pickle-checkpoint';
import { piiDatasetBelowMinimumLevel } from './pii-dataset-below-minimum-level';
import { plainHttpDataUrl } from './plain-http-data-url';
import { publicHubPush } from './public-hub-push';
import { remoteDatasetRegistry } from './remote-dataset-registry';
import { trackerMetricsAboveLevel } from './tracker-metrics-above-level';
import { trackerNotAllowed } from './tracker-not-allowed';
import { trackerUploadAboveLevel } from './tracker-upload-above-level';
import { trustRemoteCode } from './trust-remote-code';
import { unpinnedDatasetRevision } from './unpinned-dataset-revision';
import { unpinnedModelRevision } from './unpinned-model-revision';
import { untrackedCredentialReference } from './untracked-credential-reference';

/** Every governance rule, one file each. */
export const GOVERNANCE_RULES: readonly GovernanceRule[] = [
  datasetWithoutManifest, datasetUnclassified, manifestMissingFields, manifestUnknownClassification, piiDatasetBelowMinimumLevel,
  publicHubPush, hubPushAboveLevel, hubPushUnapprovedOrg, hubPushUnclassifiedData,
  trackerNotAllowed, trackerMetricsAboveLevel, trackerUploadAboveLevel,
  trustRemoteCode, unpinnedModelRevision, unpinnedDatasetRevision, baseModelNotAllowed, pickleCheckpoint, codeImportOutsideAllowlist,
  externalRewardApi, remoteDatasetRegistry, plainHttpDataUrl,
  credentialInEnvBlock, credentialRotationOverdue, credentialWithoutOwner, untrackedCredentialReference,
];

export const GOVERNANCE_RULE_METAS: readonly RuleMeta[] = GOVERNANCE_RULES.map((r) => r.meta);
