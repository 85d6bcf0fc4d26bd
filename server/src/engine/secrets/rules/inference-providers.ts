import { looksRandom } from '../checks';
import { defineRules, providerKey, type RuleSpec } from './define';

const random = (min = 3.5) => (s: string) => looksRandom(s, min);
const TOKEN = (len: string) => new RegExp(`^[A-Za-z0-9]{${len}}$`);

function keyedOnly(id: string, provider: string, words: string, value: RegExp, envVar: string, what: string, minEntropy = 3.5): RuleSpec & { provider: string } {
  return { id, provider, title: `${provider} API key`, what, keyed: { key: providerKey(words), value, minEntropy }, envVar };
}

/** Hosted model APIs used to fine-tune, serve or evaluate models. */
const specs: (RuleSpec & { provider: string })[] = [
  { id: 'groq-api-key', provider: 'Groq', title: 'Groq API key', what: 'A Groq API key (`gsk_…`) is written in the file.', keywords: ['gsk_'],
    pattern: /(?<![A-Za-z0-9_])gsk_[A-Za-z0-9]{52}(?![A-Za-z0-9_])/g, validate: random(), envVar: 'GROQ_API_KEY' },
  { id: 'together-api-key', provider: 'Together AI', title: 'Together AI API key', what: 'A Together AI API key (`tgp_v1_…`, or 64 hexadecimal characters under a Together key) is written in the file.',
    impact: 'It bills the account and can start fine-tuning jobs and read uploaded training files.', keywords: ['tgp_v1_'],
    pattern: /(?<![A-Za-z0-9_])tgp_v1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, keyed: { key: providerKey('together|togetherai|together_ai'), value: /^(?:tgp_v1_[A-Za-z0-9_-]{43}|[a-f0-9]{64})$/, minEntropy: 3 }, envVar: 'TOGETHER_API_KEY' },
  keyedOnly('mistral-api-key', 'Mistral AI', 'mistral|mistralai|mistral_ai|codestral', TOKEN('32'), 'MISTRAL_API_KEY', 'A Mistral AI API key (32 characters under a Mistral key) is written in the file.'),
  keyedOnly('cohere-api-key', 'Cohere', 'cohere|co', TOKEN('40'), 'COHERE_API_KEY', 'A Cohere API key (40 characters under a Cohere key) is written in the file.'),
  { id: 'replicate-api-token', provider: 'Replicate', title: 'Replicate API token', what: 'A Replicate API token (`r8_…`) is written in the file.', keywords: ['r8_'],
    pattern: /(?<![A-Za-z0-9_])r8_[A-Za-z0-9]{37}(?![A-Za-z0-9_])/g, validate: random(), envVar: 'REPLICATE_API_TOKEN' },
  { id: 'perplexity-api-key', provider: 'Perplexity', title: 'Perplexity API key', what: 'A Perplexity API key (`pplx-…`) is written in the file.', keywords: ['pplx-'],
    pattern: /(?<![A-Za-z0-9_-])pplx-[A-Za-z0-9]{48}(?![A-Za-z0-9_-])/g, validate: random(), envVar: 'PERPLEXITY_API_KEY' },
  { id: 'xai-api-key', provider: 'xAI', title: 'xAI API key', what: 'An xAI (Grok) API key (`xai-…`) is written in the file.', keywords: ['xai-'],
    pattern: /(?<![A-Za-z0-9_-])xai-[A-Za-z0-9]{80}(?![A-Za-z0-9_-])/g, validate: random(), envVar: 'XAI_API_KEY' },
  { id: 'openrouter-api-key', provider: 'OpenRouter', title: 'OpenRouter API key', what: 'An OpenRouter API key (`sk-or-v1-…`) is written in the file.', keywords: ['sk-or-v1-'],
    pattern: /(?<![A-Za-z0-9_-])sk-or-v1-[a-f0-9]{64}(?![A-Za-z0-9_-])/g, envVar: 'OPENROUTER_API_KEY' },
  keyedOnly('deepseek-api-key', 'DeepSeek', 'deepseek', /^sk-[a-f0-9]{32}$/, 'DEEPSEEK_API_KEY', 'A DeepSeek API key (`sk-` and 32 hexadecimal characters under a DeepSeek key) is written in the file.', 3),
  { id: 'fireworks-api-key', provider: 'Fireworks AI', title: 'Fireworks AI API key', what: 'A Fireworks AI API key (`fw_…` or a key under a Fireworks key) is written in the file.', keywords: ['fw_'],
    pattern: /(?<![A-Za-z0-9_])fw_[A-Za-z0-9]{24,40}(?![A-Za-z0-9_])/g, validate: random(3.8), keyed: { key: providerKey('fireworks|fireworks_ai'), value: /^(?:fw_)?[A-Za-z0-9]{24,48}$/, minEntropy: 3.5 }, envVar: 'FIREWORKS_API_KEY' },
  { id: 'nvidia-api-key', provider: 'NVIDIA', title: 'NVIDIA NGC / NIM API key', what: 'An NVIDIA API key (`nvapi-…`) is written in the file.', keywords: ['nvapi-'],
    pattern: /(?<![A-Za-z0-9_-])nvapi-[A-Za-z0-9_-]{64}(?![A-Za-z0-9_-])/g, validate: random(), envVar: 'NVIDIA_API_KEY' },
  { id: 'cerebras-api-key', provider: 'Cerebras', title: 'Cerebras API key', what: 'A Cerebras API key (`csk-…`) is written in the file.', keywords: ['csk-'],
    pattern: /(?<![A-Za-z0-9_-])csk-[a-z0-9]{48}(?![A-Za-z0-9_-])/g, validate: random(3.5), envVar: 'CEREBRAS_API_KEY' },
  { id: 'langsmith-api-key', provider: 'LangSmith', title: 'LangSmith API key', what: 'A LangSmith API key (`lsv2_pt_…` or `lsv2_sk_…`) is written in the file.', keywords: ['lsv2_'],
    pattern: /(?<![A-Za-z0-9_])lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}(?![A-Za-z0-9_])/g, envVar: 'LANGSMITH_API_KEY',
    impact: 'It reads every trace of the workspace, including prompts and completions that may contain training data.' },
  { id: 'langfuse-secret-key', provider: 'Langfuse', title: 'Langfuse secret key', what: 'A Langfuse secret key (`sk-lf-…`) is written in the file.', keywords: ['sk-lf-'],
    pattern: /(?<![A-Za-z0-9_-])sk-lf-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_-])/g, envVar: 'LANGFUSE_SECRET_KEY',
    impact: 'It reads every trace of the project, including prompts and completions that may contain training data.' },
  { id: 'pinecone-api-key', provider: 'Pinecone', title: 'Pinecone API key', what: 'A Pinecone API key (`pcsk_…`) is written in the file.', keywords: ['pcsk_'],
    pattern: /(?<![A-Za-z0-9_])pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{60,70}(?![A-Za-z0-9_])/g, validate: random(), envVar: 'PINECONE_API_KEY' },
  keyedOnly('elevenlabs-api-key', 'ElevenLabs', 'elevenlabs|eleven_labs|xi', /^(?:sk_)?[a-f0-9]{32,48}$/, 'ELEVENLABS_API_KEY', 'An ElevenLabs API key is written in the file.', 3),
  keyedOnly('assemblyai-api-key', 'AssemblyAI', 'assemblyai|assembly_ai|assembly', /^[a-f0-9]{32}$/, 'ASSEMBLYAI_API_KEY', 'An AssemblyAI API key (32 hexadecimal characters under an AssemblyAI key) is written in the file.', 3),
  keyedOnly('deepgram-api-key', 'Deepgram', 'deepgram', /^[a-f0-9]{40}$/, 'DEEPGRAM_API_KEY', 'A Deepgram API key (40 hexadecimal characters under a Deepgram key) is written in the file.', 3),
  keyedOnly('ai21-api-key', 'AI21 Labs', 'ai21|ai21labs', TOKEN('32'), 'AI21_API_KEY', 'An AI21 Labs API key is written in the file.'),
  { id: 'voyage-api-key', provider: 'Voyage AI', title: 'Voyage AI API key', what: 'A Voyage AI API key (`pa-…`) is written in the file.', keywords: ['pa-'],
    pattern: /(?<![A-Za-z0-9_-])pa-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, validate: random(4), envVar: 'VOYAGE_API_KEY' },
  { id: 'runpod-api-key', provider: 'RunPod', title: 'RunPod API key', what: 'A RunPod API key (`rpa_…`) is written in the file.', keywords: ['rpa_'],
    pattern: /(?<![A-Za-z0-9_])rpa_[A-Z0-9]{40,48}(?![A-Za-z0-9_])/g, validate: random(3.5), envVar: 'RUNPOD_API_KEY',
    impact: 'It starts GPU pods on the account and reads the volumes that hold checkpoints and datasets.' },
  { id: 'modal-token-secret', provider: 'Modal', title: 'Modal token secret', what: 'A Modal token secret (`as-…`) is written in the file.', keywords: ['as-'],
    pattern: /(?<![A-Za-z0-9_-])as-[A-Za-z0-9]{22}(?![A-Za-z0-9_-])/g, validate: random(3.8), envVar: 'MODAL_TOKEN_SECRET' },
  keyedOnly('anyscale-api-key', 'Anyscale', 'anyscale', /^(?:esecret_)?[A-Za-z0-9]{24,40}$/, 'ANYSCALE_API_KEY', 'An Anyscale API key is written in the file.'),
  { ...keyedOnly('google-gemini-api-key', 'Google AI Studio', 'gemini|google_ai|googleai|palm|genai', /^AIza[A-Za-z0-9_-]{35}$/, 'GEMINI_API_KEY', 'A Google AI Studio (Gemini) API key is written in the file.'), priority: 3 },
];

export const inferenceProviderRules = specs.flatMap(({ provider, ...spec }) => defineRules(provider, [spec]));
