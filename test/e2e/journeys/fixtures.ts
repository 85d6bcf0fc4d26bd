// Files the journeys put in their workspaces (the integration suite's, plus a few of their own).
import { AXOLOTL_WITH_TOKEN } from '../suite/fixtures';

export { AXOLOTL_WITH_TOKEN, HF_RULE, HF_TOKEN } from '../suite/fixtures';

/** Fake W&B API key: 40 hex characters. */
export const WANDB_KEY = '3f9a1c7e5b2d4f608a1b3c5d7e9f0a2b4c6d8e0f';

export const AXOLOTL_TWO_TOKENS = AXOLOTL_WITH_TOKEN.replace('learning_rate:', `wandb_api_key: ${WANDB_KEY}\nlearning_rate:`);

/** Synthetic customer records: e-mail addresses, phone numbers and US SSNs. */
export const CUSTOMERS_JSONL = Array.from({ length: 40 }, (_, i) => JSON.stringify({
  instruction: `Reply to customer ${i}`,
  input: `Customer jane.doe${i}@example.com, phone +1 415 555 ${String(1000 + i)}, SSN 123-45-${String(6700 + i)}`,
  output: 'Thanks, we updated your account.',
})).join('\n') + '\n';

export const AXOLOTL_PUBLIC_PUSH = `base_model: NousResearch/Meta-Llama-3-8B
adapter: lora
datasets:
  - path: data/customers.jsonl
    type: alpaca
output_dir: ./outputs/lora-out
push_to_hub: true
hub_model_id: acme/llama3-support
hub_private_repo: false
`;
