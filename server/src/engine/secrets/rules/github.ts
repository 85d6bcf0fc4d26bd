import { checksummedOrRandom, looksRandom } from '../checks';
import { defineRules, SUPPLY_CHAIN, type RuleSpec } from './define';

const CLASSIC = (prefix: string, id: string, title: string, what: string): RuleSpec => ({
  id, title, what,
  keywords: [`${prefix}_`],
  pattern: new RegExp(`(?<![A-Za-z0-9_])${prefix}_[A-Za-z0-9]{36}(?![A-Za-z0-9_])`, 'g'),
  // The last 6 characters are the CRC32 of the random part.
  validate: (token) => checksummedOrRandom(token, prefix.length + 1),
});

export const githubRules = defineRules('GitHub', [
  { ...CLASSIC('ghp', 'github-pat', 'GitHub personal access token (classic)', 'A GitHub classic personal access token (`ghp_…`) is written in the file.'),
    impact: 'It acts as the user on every repository and organisation its scopes allow: code, workflows and packages.' },
  CLASSIC('gho', 'github-oauth-token', 'GitHub OAuth access token', 'A GitHub OAuth access token (`gho_…`) is written in the file.'),
  CLASSIC('ghu', 'github-user-to-server-token', 'GitHub App user-to-server token', 'A GitHub App user-to-server token (`ghu_…`) is written in the file.'),
  { ...CLASSIC('ghs', 'github-app-token', 'GitHub App installation token', 'A GitHub App installation (server-to-server) token (`ghs_…`) is written in the file.'), severity: 'warning' },
  CLASSIC('ghr', 'github-refresh-token', 'GitHub App refresh token', 'A GitHub App refresh token (`ghr_…`) is written in the file.'),
  {
    id: 'github-fine-grained-pat',
    title: 'GitHub fine-grained personal access token',
    what: 'A GitHub fine-grained personal access token (`github_pat_…`) is written in the file.',
    keywords: ['github_pat_'],
    pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g,
    validate: (s) => looksRandom(s.slice(11), 4),
  },
], { standards: SUPPLY_CHAIN, envVar: 'GITHUB_TOKEN' });
