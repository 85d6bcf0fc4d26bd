import { looksRandom } from '../checks';
import { headerCredential, namesHeader } from '../header-credentials';
import { isPublishableJwt } from '../publishable-jwt';
import { defineRules } from './define';

function decodesToJsonWith(segment: string, field: string): boolean {
  try {
    const json = Buffer.from(segment.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    return json.trimStart().startsWith('{') && json.includes(`"${field}"`);
  } catch {
    return false;
  }
}

/** Bearer-style tokens whose issuer the value itself does not name. */
export const tokenRules = defineRules('Token', [
  {
    id: 'jwt',
    title: 'JSON Web Token',
    what: 'A signed JSON Web Token (`eyJ….eyJ….…`) is written in the file, for example a Supabase service key or an API session.',
    impact: 'Until it expires (some never do) it authenticates as its subject to the service that issued it.',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{8,1000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000}(?![A-Za-z0-9_.-])/g,
    validate: (s) => {
      const [header, payload] = s.split('.');
      return decodesToJsonWith(header, 'alg') && payload.length >= 10 && !decodesToJsonWith(header, 'none"') && !isPublishableJwt(s);
    },
    envVar: 'JWT',
    priority: 1,
  },
  {
    id: 'authorization-header',
    title: 'Credential in an Authorization header',
    what: 'An `Authorization` header value (`Bearer …`, `Basic …`, `Token …`) with a literal credential is written in the file.',
    impact: 'The header authenticates every request that carries it; whoever reads the file can replay it.',
    // No space after the word: the pattern also takes a tab or a line break there (`"Token\tabc…"` in data).
    keywords: ['bearer', 'basic', 'token'],
    pattern: /(?<![A-Za-z0-9])(?:[Bb]earer|[Bb]asic|[Tt]oken)\s{1,3}([A-Za-z0-9._~+/-]{20,2000}={0,2})(?![A-Za-z0-9._~+/=-])/g,
    group: 1,
    validate: (secret, site) => {
      const credential = secret.replace(/^(?:Bearer|Basic|Token)\s{1,3}/, '');
      // A keyed match sits under a header's key; a pattern match may follow the header's name.
      return !site || namesHeader(site.value, site.index) ? headerCredential(credential) : looksRandom(credential, 3.8);
    },
    keyed: { key: /^(?:authorization|proxy_authorization|x_api_key|api_key_header|x_auth_token)$/, value: /^(?:(?:Bearer|Basic|Token)\s{1,3})?[A-Za-z0-9._~+/-]{20,2000}={0,2}$/ },
    envVar: 'API_TOKEN',
    priority: 0,
  },
]);
