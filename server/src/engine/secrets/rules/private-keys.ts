import { defineRules, LEAK } from './define';

const KEYS = { ...LEAK, owaspNhi: ['NHI2:2025 Secret Leakage', 'NHI7:2025 Long-Lived Secrets'] };

/**
 * Key blocks span lines, so they are found on the document text (see `key-blocks.ts`), also
 * inside YAML block scalars and JSON strings with `\n` escapes. The `age` key is one token.
 */
export const privateKeyRules = defineRules('Private key', [
  {
    id: 'private-key',
    title: 'PEM private key',
    what: 'A PEM private key (`-----BEGIN … PRIVATE KEY-----`: RSA, EC, DSA, PKCS#8, encrypted) is written in the file.',
    impact: 'It impersonates whatever the key identifies: a TLS server, a service account, a signing identity.',
    envVar: 'PRIVATE_KEY',
  },
  {
    id: 'openssh-private-key',
    title: 'OpenSSH private key',
    what: 'An OpenSSH private key (`-----BEGIN OPENSSH PRIVATE KEY-----`) is written in the file.',
    impact: 'It logs in to every host and Git remote that trusts its public key: training clusters, repositories.',
    envVar: 'SSH_PRIVATE_KEY',
    priority: 3,
  },
  {
    id: 'pgp-private-key',
    title: 'PGP private key block',
    what: 'A PGP private key block (`-----BEGIN PGP PRIVATE KEY BLOCK-----`) is written in the file.',
    impact: 'It signs releases and decrypts messages as its owner.',
    envVar: 'PGP_PRIVATE_KEY',
    priority: 3,
  },
  {
    id: 'putty-private-key',
    title: 'PuTTY private key',
    what: 'A PuTTY private key file (`PuTTY-User-Key-File-…` with `Private-Lines`) is written in the file.',
    envVar: 'SSH_PRIVATE_KEY',
  },
  {
    id: 'age-secret-key',
    title: 'age secret key',
    what: 'An age encryption secret key (`AGE-SECRET-KEY-1…`) is written in the file; SOPS often uses age.',
    impact: 'It decrypts every file encrypted to its recipient, for example SOPS-encrypted secrets.',
    keywords: ['age-secret-key-1'],
    pattern: /(?<![A-Za-z0-9-])AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])/g,
    envVar: 'SOPS_AGE_KEY',
  },
], { standards: KEYS });
