import { looksRandom } from '../checks';
import { defineRules } from './define';

export const googleRules = defineRules('Google', [
  {
    id: 'google-api-key',
    title: 'Google API key',
    what: 'A Google API key (`AIza…`) is written in the file: Gemini, Maps, Vertex and other Google APIs accept it.',
    impact: 'It bills the Google Cloud project for every API the key is not restricted from.',
    keywords: ['aiza'],
    pattern: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g,
    validate: (s) => looksRandom(s.slice(4), 3.5),
    envVar: 'GOOGLE_API_KEY',
  },
  {
    id: 'gcp-service-account-key',
    title: 'GCP service account key',
    what: 'The private key of a Google Cloud service account (a `type: service_account` key file) is written in the file.',
    impact: 'It signs in as the service account until the key is deleted: buckets with datasets and checkpoints, Vertex AI tuning jobs, everything the account is granted.',
    keyed: { key: /^private_key$/, value: /^-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\s\\]{100,}-----END (?:RSA )?PRIVATE KEY-----\s*$/, context: /\|service_account$/ },
    envVar: 'GOOGLE_APPLICATION_CREDENTIALS',
    priority: 6,
  },
  {
    id: 'google-oauth-client-secret',
    title: 'Google OAuth client secret',
    what: 'A Google OAuth client secret (`GOCSPX-…`) is written in the file.',
    keywords: ['gocspx-'],
    pattern: /(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/g,
    validate: (s) => looksRandom(s.slice(7), 3.5),
    envVar: 'GOOGLE_CLIENT_SECRET',
  },
  {
    id: 'google-oauth-access-token',
    title: 'Google OAuth access token',
    what: 'A Google OAuth access token (`ya29.…`) is written in the file.',
    impact: 'Until it expires it acts as the signed-in user or service account.',
    keywords: ['ya29.'],
    pattern: /(?<![A-Za-z0-9_.-])ya29\.[A-Za-z0-9_-]{30,500}(?![A-Za-z0-9_-])/g,
    validate: (s) => looksRandom(s.slice(5), 4),
    severity: 'warning',
  },
  {
    id: 'google-oauth-refresh-token',
    title: 'Google OAuth refresh token',
    what: 'A Google OAuth refresh token (`1//0…`) under a refresh-token key is written in the file.',
    impact: 'It mints new access tokens for the user until it is revoked.',
    keyed: { key: /refresh_?token$/, value: /^1\/\/0[A-Za-z0-9_-]{40,200}$/, minEntropy: 4 },
  },
  {
    id: 'firebase-cloud-messaging-server-key',
    title: 'Firebase Cloud Messaging server key',
    what: 'A legacy Firebase Cloud Messaging server key (`AAAA…:APA91b…`) is written in the file.',
    keywords: [':apa91b'],
    pattern: /(?<![A-Za-z0-9_-])AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,140}(?![A-Za-z0-9_-])/g,
  },
]);
