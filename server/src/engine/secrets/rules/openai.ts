import type { SecretRule } from '../secret-rule';

const standards = { owaspNhi: ['NHI2:2025 Secret Leakage'], owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['PR.AA-01', 'PR.DS-01'] };

export const openaiRules: SecretRule[] = [
  {
    id: 'secrets/openai-api-key',
    family: 'secrets',
    provider: 'OpenAI',
    title: 'OpenAI API key',
    description: 'An OpenAI API key (legacy `sk-…`, project `sk-proj-…`, service-account `sk-svcacct-…` or admin `sk-admin-…`) is written in the file. It bills the organisation and can read its fine-tuning files. Supply it through `OPENAI_API_KEY` at launch instead.',
    defaultSeverity: 'error',
    keywords: ['sk-'],
    pattern: /\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/g,
    envVar: 'OPENAI_API_KEY',
    standards,
  },
];
