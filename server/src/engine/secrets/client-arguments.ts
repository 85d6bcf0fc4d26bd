import { normaliseKey } from './normalise-key';
import { valueSpan, type Enclosing } from './enclosing-value';
import type { SecretCandidate } from './secret-rule';

/**
 * Provider SDK clients that take their credential as a positional argument, and the variable the
 * provider's docs read it from. Only calls that name the provider's client count: `Client(` alone
 * is Twilio's only when its first argument is an account SID.
 */
const CLIENTS: readonly { call: RegExp; position: 0 | 1; name: string; first?: RegExp }[] = [
  { call: /^cohere\.(?:Async)?Client(?:V2)?$/, position: 0, name: 'COHERE_API_KEY' }, // cohere.Client(api_key, …)
  { call: /^(?:Async)?Groq$/, position: 0, name: 'GROQ_API_KEY' },
  { call: /^Mistral(?:Client)?$/, position: 0, name: 'MISTRAL_API_KEY' }, // MistralClient(api_key, …)
  { call: /^replicate\.Client$/, position: 0, name: 'REPLICATE_API_TOKEN' }, // replicate.Client(api_token, …)
  { call: /^Client$/, position: 1, name: 'TWILIO_AUTH_TOKEN', first: /^(?:[A-Za-z_][\w.]{0,60}_sid|["']AC[a-f0-9]{32}["'])$/i }, // twilio.rest.Client(account_sid, auth_token)
];

/**
 * A client constructor called with a string literal as its first or second positional argument:
 * `cohere.ClientV2("…")`, `Client(account_sid, "…")`. The call and the argument before are
 * checked against CLIENTS in code. Quotes may be preceded by a space (CSV cells read by
 * `neutralizeCsvQuotes`); the value ends where a quote or a delimiter does.
 */
export const CLIENT_ARGUMENT = /(?<![\w.])((?:cohere\.|replicate\.)?(?:Async)?(?:Client(?:V2)?|Groq|Mistral(?:Client)?))\([ \t]{0,3}(?:([A-Za-z_][\w.]{0,60}|["']AC[a-fA-F0-9]{32}["'])[ \t]{0,3},[ \t]{0,3})?["']([^\s"'`,;()[\]{}<>]{6,400})/g;

/** The credential passed positionally to a provider's client, as a candidate under the variable it stands for. */
export function* clientArguments(text: string, where: Enclosing): Generator<SecretCandidate> {
  if (!text.includes('(')) return;
  CLIENT_ARGUMENT.lastIndex = 0;
  for (let m = CLIENT_ARGUMENT.exec(text); m; m = CLIENT_ARGUMENT.exec(text)) {
    const [whole, call, first, value] = m;
    const client = CLIENTS.find((c) => c.call.test(call) && (c.position === 1 ? first !== undefined && c.first!.test(first) : first === undefined));
    if (!client || (where.names && !where.names(client.name))) continue;
    const inText = m.index + whole.length - value.length;
    const { start, end } = valueSpan(where, inText, value.length);
    const keys = [where.keys, normaliseKey(call), normaliseKey(client.name)].filter(Boolean).join('/');
    yield { value, start, end, path: where.path, key: client.name, context: `${keys}|${where.component}` };
  }
}
