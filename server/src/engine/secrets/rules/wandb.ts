import type { SecretRule } from '../secret-rule';

export const wandbRules: SecretRule[] = [
  {
    id: 'secrets/wandb-api-key',
    family: 'secrets',
    provider: 'Weights & Biases',
    title: 'Weights & Biases API key',
    description: 'A Weights & Biases API key (40 hexadecimal characters under a W&B key) is written in the file. It can read and write every run and artifact of the account, including logged samples of training data. Supply it through `WANDB_API_KEY` at launch instead.',
    defaultSeverity: 'error',
    keywords: [],
    keyPattern: /wandb.*(key|token)|^(wandb_api_key|WANDB_API_KEY)$/i,
    pattern: /\b[0-9a-f]{40}\b/g,
    envVar: 'WANDB_API_KEY',
    standards: { owaspNhi: ['NHI2:2025 Secret Leakage'], owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['PR.AA-01', 'PR.DS-01'] },
  },
];
