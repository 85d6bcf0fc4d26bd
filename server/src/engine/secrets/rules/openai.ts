import { looksRandom } from '../checks';
import { defineRules } from './define';

const MARK = 'T3BlbkFJ'; // base64 of "OpenAI", embedded in every generated key
const body = (s: string) => s.replace(/^sk-(?:proj|svcacct|admin|None)-/, '').replace(/^sk-/, '');

export const openaiRules = defineRules('OpenAI', [
  {
    id: 'openai-api-key',
    title: 'OpenAI API key (legacy user key)',
    what: 'A legacy OpenAI user API key (`sk-…T3BlbkFJ…`) is written in the file.',
    impact: 'It bills the organisation and can read and delete its fine-tuning files and jobs.',
    keywords: ['t3blbkfj'],
    pattern: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}(?![A-Za-z0-9_-])/g,
    keyed: { key: /^(openai_api_key|openai_key|openai_token)$/, value: /^sk-[A-Za-z0-9_-]{32,200}$/, minEntropy: 4 },
  },
  {
    id: 'openai-project-key',
    title: 'OpenAI project API key',
    what: 'An OpenAI project API key (`sk-proj-…`) is written in the file.',
    impact: 'It bills the project and can read its fine-tuning files, jobs and fine-tuned models.',
    keywords: ['sk-proj-'],
    pattern: /(?<![A-Za-z0-9_-])sk-proj-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])/g,
    validate: (s) => s.includes(MARK) || looksRandom(body(s), 4),
  },
  {
    id: 'openai-service-account-key',
    title: 'OpenAI service account key',
    what: 'An OpenAI service account key (`sk-svcacct-…`) is written in the file.',
    impact: 'It is a non-human identity of the project with no user behind it: leaks are found late and it bills the organisation.',
    keywords: ['sk-svcacct-', 'sk-none-'],
    pattern: /(?<![A-Za-z0-9_-])sk-(?:svcacct|None)-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])/g,
    validate: (s) => s.includes(MARK) || looksRandom(body(s), 4),
  },
  {
    id: 'openai-admin-key',
    title: 'OpenAI admin key',
    what: 'An OpenAI organisation admin key (`sk-admin-…`) is written in the file.',
    impact: 'It manages the organisation: users, projects, keys and billing.',
    keywords: ['sk-admin-'],
    pattern: /(?<![A-Za-z0-9_-])sk-admin-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])/g,
    validate: (s) => s.includes(MARK) || looksRandom(body(s), 4),
  },
], { envVar: 'OPENAI_API_KEY' });
