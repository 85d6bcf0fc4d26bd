import { defineRules } from './define';

export const anthropicRules = defineRules('Anthropic', [
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    what: 'An Anthropic API key (`sk-ant-api03-…`) is written in the file.',
    impact: 'It bills the organisation for every model call made with it.',
    keywords: ['sk-ant-api'],
    pattern: /(?<![A-Za-z0-9_-])sk-ant-api\d\d-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/g,
    keyed: { key: /^(anthropic_api_key|anthropic_key|claude_api_key)$/, value: /^sk-ant-[A-Za-z0-9_-]{32,160}$/, minEntropy: 4 },
  },
  {
    id: 'anthropic-admin-key',
    title: 'Anthropic admin API key',
    what: 'An Anthropic Admin API key (`sk-ant-admin01-…`) is written in the file.',
    impact: 'It manages the organisation: members, workspaces and API keys.',
    keywords: ['sk-ant-admin'],
    pattern: /(?<![A-Za-z0-9_-])sk-ant-admin\d\d-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/g,
  },
], { envVar: 'ANTHROPIC_API_KEY' });
