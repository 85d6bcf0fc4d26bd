import type { SecretRule } from '../secret-rule';
import { anthropicRules } from './anthropic';
import { awsRules } from './aws';
import { azureRules } from './azure';
import { chatAndMessagingRules } from './chat-and-messaging';
import { cloudPlatformRules } from './cloud-platforms';
import { devopsSaasRules } from './devops-saas';
import { genericRules } from './generic';
import { githubRules } from './github';
import { gitlabRules } from './gitlab';
import { googleRules } from './google';
import { huggingfaceRules } from './huggingface';
import { inferenceProviderRules } from './inference-providers';
import { kaggleRules } from './kaggle';
import { mlTrackerRules } from './ml-trackers';
import { openaiRules } from './openai';
import { packageRegistryRules } from './package-registries';
import { paymentRules } from './payments';
import { privateKeyRules } from './private-keys';
import { tokenRules } from './tokens';
import { urlRules } from './urls';

/** Every built-in secret rule. Order breaks ties between overlapping matches of equal priority. */
export const SECRET_RULES: readonly SecretRule[] = [
  ...huggingfaceRules, ...openaiRules, ...anthropicRules, ...inferenceProviderRules, ...mlTrackerRules, ...kaggleRules,
  ...awsRules, ...googleRules, ...azureRules, ...cloudPlatformRules,
  ...githubRules, ...gitlabRules, ...packageRegistryRules, ...devopsSaasRules,
  ...chatAndMessagingRules, ...paymentRules,
  ...privateKeyRules, ...tokenRules, ...urlRules, ...genericRules,
];

const BY_ID = new Map(SECRET_RULES.map((rule) => [rule.id, rule]));

export function ruleForId(id: string): SecretRule | undefined {
  return BY_ID.get(id);
}
