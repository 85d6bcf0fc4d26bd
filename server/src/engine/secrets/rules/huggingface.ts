import type { SecretRule } from '../secret-rule';

const standards = { owaspNhi: ['NHI2:2025 Secret Leakage'], owaspLlm: ['LLM03:2025 Supply Chain'], nistCsf: ['PR.AA-01', 'PR.DS-01'] };

export const huggingfaceRules: SecretRule[] = [
  {
    id: 'secrets/huggingface-token',
    family: 'secrets',
    provider: 'Hugging Face',
    title: 'Hugging Face user access token',
    description: 'A Hugging Face user access token (`hf_…`) is written in the file. Anyone who can read the file can read, and with a write token push to, every repository the user can reach. Supply it through `HF_TOKEN` at launch instead.',
    defaultSeverity: 'error',
    keywords: ['hf_'],
    pattern: /\bhf_[A-Za-z]{34}\b/g,
    envVar: 'HF_TOKEN',
    standards,
  },
  {
    id: 'secrets/huggingface-org-token',
    family: 'secrets',
    provider: 'Hugging Face',
    title: 'Hugging Face organisation API token',
    description: 'A legacy Hugging Face organisation token (`api_org_…`) is written in the file. Supply it through `HF_TOKEN` at launch instead.',
    defaultSeverity: 'error',
    keywords: ['api_org_'],
    pattern: /\bapi_org_[A-Za-z]{34}\b/g,
    envVar: 'HF_TOKEN',
    standards,
  },
];
