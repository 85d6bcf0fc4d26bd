import { createHash } from 'node:crypto';

/** Documented example credentials from provider docs: published on purpose, never live. */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  'ASIAIOSFODNN7EXAMPLE',
  'AKIAI44QH8DHBEXAMPLE',
]);

/**
 * Documented examples that look exactly like live tokens (GitHub's docs use `gho_16C7e42F…` and
 * `ghp_16C7e42F…`), kept as SHA-256 so the shipped bundle holds no credential-shaped string:
 * `vsce package` refuses a package that does.
 */
const DOCUMENTED_EXAMPLE_HASHES = new Set([
  'bc3ae723f57c6b9e3fd80b699fcc420f6074b0b1718039669d22631d508ac0a7',
  '3543c50b0cb9cea8e55eb1f529b79f043cb250d485fde7b66cabbb5183add7da',
  // The account key of Azurite and the Azure Storage Emulator (`devstoreaccount1`), the same in every install.
  '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059',
  // jwt.io's sample tokens (HS256, "John Doe"): the older one and the current one (`"admin": true`).
  '7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606',
  'c794fa6d20c64efb9adf980ae93af472a1679775862d421ffe55d4a57fad5b3e',
  // Stripe API reference (https://docs.stripe.com/api): the test-mode secret keys of its curl samples,
  // `sk_test_4eC39Hq…` and the older `sk_test_BQokikJ…`, shared by every reader of the docs.
  '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326',
  'f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397',
  // Slack's `oauth.v2.access` reference (https://api.slack.com/methods/oauth.v2.access), example
  // response of the "Slack Softball Team": the bot token `xoxb-17653672481-…`.
  '2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb',
  // RFC 8410 §10.3 (https://www.rfc-editor.org/rfc/rfc8410#section-10.3), the example Ed25519 private
  // keys as key material (the PEM body, layout removed): the plain one (`MC4CAQAw…`) and the one with
  // attributes and its public key (`MHICAQEw…`).
  '4ff96a60934849a7f7c7733f163824cc22be7da33384bbd0b5de992972ea5586',
  'fd704bb82fb45cd574f15d810ff9005bacce20c704860db75a2a8a8698fcd439',
]);

function isDocumentedExampleHash(value: string): boolean {
  return DOCUMENTED_EXAMPLE_HASHES.has(createHash('sha256').update(value).digest('hex'));
}

/**
 * A documented example, alone or as a setting of a connection string (`…;AccountKey=<Azurite's
 * key>;…`); for a private key block, its key material (`KeyBlock.secret`).
 */
export function isDocumentedExample(secret: string): boolean {
  if (DOCUMENTED_EXAMPLES.has(secret) || /EXAMPLE(?:KEY)?$/.test(secret) || isDocumentedExampleHash(secret)) return true;
  return secret.includes(';') && secret.split(';').some((setting) => setting.includes('=') && isDocumentedExampleHash(setting.slice(setting.indexOf('=') + 1)));
}
