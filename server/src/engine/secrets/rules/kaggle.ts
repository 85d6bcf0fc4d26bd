import { defineRules, LEAK } from './define';

/**
 * Kaggle's API key: 32 hexadecimal characters, in `~/.kaggle/kaggle.json` (`{"username": …, "key": …}`,
 * whose `key` candidates.ts marks with the `username+key` component) or in `KAGGLE_KEY`.
 */
export const kaggleRules = defineRules('Kaggle', [{
  id: 'kaggle-api-key',
  title: 'Kaggle API key',
  what: 'A Kaggle API key (32 hexadecimal characters in a `kaggle.json` credential or under a Kaggle key) is written in the file.',
  impact: 'It downloads and uploads datasets, models and notebooks as the account, private ones included.',
  keyed: { key: /^kaggle_?(?:api_?)?key$|^key$/, value: /^[a-f0-9]{32}$/, minEntropy: 3, context: /kaggle|\|username\+key$/ },
}], { envVar: 'KAGGLE_KEY', standards: { ...LEAK, owaspLlm: ['LLM02:2025 Sensitive Information Disclosure', 'LLM04:2025 Data and Model Poisoning'] } });
