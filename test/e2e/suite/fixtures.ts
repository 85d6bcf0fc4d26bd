// Configs the integration tests write into their workspace. The token is fake but well-formed.
export const HF_TOKEN = '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';

export const AXOLOTL_WITH_TOKEN = `base_model: NousResearch/Meta-Llama-3-8B
model_type: LlamaForCausalLM
adapter: lora
datasets:
  - path: mhenrichsen/alpaca_2k_test
    type: alpaca
output_dir: ./outputs/lora-out
hub_model_id: acme/llama3-lora
hub_token: ${HF_TOKEN}
learning_rate: 0.0002
`;

export const HF_RULE = 'secrets/huggingface-token';
