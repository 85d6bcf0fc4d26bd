import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';

const COHERE = 'Zk39fLq8Xw2VbN7mC4pR1tY6sD0gH5jKa8Wq2Ern';
const TWILIO = '4d8f4b7dc1f2d2251021671c90c75770';
const MISTRAL = 'Zk39fLq8Xw2VbN7mC4pR1tY6sD0gH5jK';

const cell = (source: string[]) => `${JSON.stringify({ cells: [{ cell_type: 'code', source, outputs: [] }] }, null, 1)}\n`;
const record = (content: string) => `${JSON.stringify({ messages: [{ role: 'assistant', content }] })}\n`;

test("a credential passed positionally to a provider's client is that provider's", () => {
  assert.deepEqual(secrets('notebooks/eval.ipynb', cell(['import cohere\n', `co = cohere.ClientV2("${COHERE}")`])), [{ ruleId: 'secrets/cohere-api-key', text: COHERE }]);
  assert.deepEqual(secrets('data/train.jsonl', record(`\`\`\`python\nclient = Client(account_sid, "${TWILIO}")\n\`\`\``)), [{ ruleId: 'secrets/twilio-auth-token', text: TWILIO }]);
  assert.deepEqual(secrets('notes.txt', `client = MistralClient('${MISTRAL}')\n`), [{ ruleId: 'secrets/mistral-api-key', text: MISTRAL }]);
});

test('unnamed clients, other arguments, references and placeholders stay silent', () => {
  const lines = [
    `client = Client("${TWILIO}")`, // no account SID before it: any library's Client
    `client = Client(base_url, "${TWILIO}")`,
    `co = ClientV2("${COHERE}")`, // the provider is not named
    'co = cohere.ClientV2(os.environ["COHERE_API_KEY"])',
    'co = cohere.ClientV2("<your-cohere-key>")',
    'client = Client(account_sid, "${TWILIO_AUTH_TOKEN}")',
    'client = Client(account_sid, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")',
    'co = cohere.ClientV2("command-r-plus-08-2024")',
    'client = Mistral("3f2c8a1e-7b4d-4e9a-b5c6-1d2e3f4a5b6c")',
  ];
  assert.deepEqual(secrets('notes.txt', `${lines.join('\n')}\n`), []);
});
