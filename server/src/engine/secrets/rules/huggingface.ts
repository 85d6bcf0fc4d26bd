import { looksRandom } from '../checks';
import { defineRules, SUPPLY_CHAIN } from './define';

const HF_KEYS = /^(hub_token|hf_token|hf_api_token|hf_hub_token|hugging_?face_(hub_)?token|huggingface_?hub_api_token|huggingfacehub_api_token|hub_api_token)$/;

export const huggingfaceRules = defineRules('Hugging Face', [
  {
    id: 'huggingface-token',
    title: 'Hugging Face user access token',
    what: 'A Hugging Face user access token (`hf_…`) is written in the file.',
    impact: 'Anyone who can read the file can read, and with a write token push to, every model and dataset repository the user can reach.',
    keywords: ['hf_'],
    pattern: /(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9_])/g,
    keyed: { key: HF_KEYS, value: /^(?:hf_)?[A-Za-z0-9]{30,40}$/, minEntropy: 3.5 },
  },
  {
    id: 'huggingface-org-token',
    title: 'Hugging Face organisation API token',
    what: 'A legacy Hugging Face organisation token (`api_org_…`) is written in the file.',
    impact: 'It acts for the whole organisation on the Hub: private models and datasets can be read and overwritten.',
    keywords: ['api_org_'],
    pattern: /(?<![A-Za-z0-9_])api_org_[A-Za-z]{34}(?![A-Za-z0-9_])/g,
    validate: (s) => looksRandom(s.slice(8), 3.5),
  },
], { standards: SUPPLY_CHAIN, envVar: 'HF_TOKEN' });
