import { looksRandom } from '../checks';
import { defineRules } from './define';

const money = 'It moves money or reads customer payment data of the account.';

export const paymentRules = [
  ...defineRules('Stripe', [
    { id: 'stripe-secret-key', title: 'Stripe live secret key', what: 'A Stripe live secret key (`sk_live_…`) is written in the file.', impact: money,
      keywords: ['sk_live_'], pattern: /(?<![A-Za-z0-9_])sk_live_[A-Za-z0-9]{24,247}(?![A-Za-z0-9_])/g, validate: (s) => looksRandom(s.slice(8), 3.5) },
    { id: 'stripe-restricted-key', title: 'Stripe live restricted key', what: 'A Stripe live restricted key (`rk_live_…`) is written in the file.', impact: money,
      keywords: ['rk_live_'], pattern: /(?<![A-Za-z0-9_])rk_live_[A-Za-z0-9]{24,247}(?![A-Za-z0-9_])/g, validate: (s) => looksRandom(s.slice(8), 3.5) },
    { id: 'stripe-test-secret-key', title: 'Stripe test secret key', what: 'A Stripe test-mode secret or restricted key (`sk_test_…`, `rk_test_…`) is written in the file.', impact: 'Test keys move no money but expose test customers and webhooks of the account.',
      keywords: ['sk_test_', 'rk_test_'], pattern: /(?<![A-Za-z0-9_])[sr]k_test_[A-Za-z0-9]{24,247}(?![A-Za-z0-9_])/g, validate: (s) => looksRandom(s.slice(8), 3.5), severity: 'warning' },
    { id: 'stripe-webhook-secret', title: 'Stripe webhook signing secret', what: 'A Stripe webhook signing secret (`whsec_…`) is written in the file.', impact: 'It lets anyone forge webhook events the application trusts.',
      keywords: ['whsec_'], pattern: /(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/]{32,64}={0,2}(?![A-Za-z0-9_])/g, validate: (s) => looksRandom(s.slice(6), 3.5) },
  ], { envVar: 'STRIPE_SECRET_KEY' }),
  ...defineRules('Square', [
    { id: 'square-access-token', title: 'Square access token', what: 'A Square access token (`EAAA…`, `sq0atp-…`) is written in the file.', impact: money,
      keywords: ['sq0atp-', 'eaaa'], pattern: /(?<![A-Za-z0-9_-])(?:sq0atp-[A-Za-z0-9_-]{22}|EAAA[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])/g, validate: (s) => looksRandom(s, 4), envVar: 'SQUARE_ACCESS_TOKEN' },
    { id: 'square-oauth-secret', title: 'Square OAuth application secret', what: 'A Square OAuth application secret (`sq0csp-…`) is written in the file.',
      keywords: ['sq0csp-'], pattern: /(?<![A-Za-z0-9_-])sq0csp-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, envVar: 'SQUARE_APPLICATION_SECRET' },
  ]),
  ...defineRules('PayPal', [
    { id: 'braintree-access-token', title: 'PayPal Braintree access token', what: 'A PayPal Braintree access token (`access_token$production$…`) is written in the file.', impact: money,
      keywords: ['access_token$'], pattern: /access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}/g, envVar: 'BRAINTREE_ACCESS_TOKEN' },
  ]),
  ...defineRules('Adyen', [
    { id: 'adyen-api-key', title: 'Adyen API key', what: 'An Adyen API key (`AQE…`) is written in the file.', impact: money,
      keywords: ['aqe'], pattern: /(?<![A-Za-z0-9_])AQE[a-zA-Z0-9]{2}[a-zA-Z0-9+/=_-]{80,200}(?![A-Za-z0-9+/=_-])/g, validate: (s) => looksRandom(s, 4.5), envVar: 'ADYEN_API_KEY' },
  ]),
  ...defineRules('Shopify', [
    { id: 'shopify-access-token', title: 'Shopify access token', what: 'A Shopify Admin API access token (`shpat_…`, `shpca_…`, `shppa_…`) is written in the file.', impact: 'It reads and changes the shop: orders, customers and payments.',
      keywords: ['shpat_', 'shpca_', 'shppa_'], pattern: /(?<![A-Za-z0-9_])shp(?:at|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9_])/g },
    { id: 'shopify-shared-secret', title: 'Shopify app shared secret', what: 'A Shopify app shared secret (`shpss_…`) is written in the file.',
      keywords: ['shpss_'], pattern: /(?<![A-Za-z0-9_])shpss_[a-fA-F0-9]{32}(?![A-Za-z0-9_])/g },
  ], { envVar: 'SHOPIFY_ACCESS_TOKEN' }),
  ...defineRules('EasyPost', [
    { id: 'easypost-api-key', title: 'EasyPost production API key', what: 'An EasyPost production API key (`EZAK…`) is written in the file.',
      keywords: ['ezak'], pattern: /(?<![A-Za-z0-9_])EZAK[A-Za-z0-9]{54}(?![A-Za-z0-9_])/g, envVar: 'EASYPOST_API_KEY' },
  ]),
  ...defineRules('Coinbase', [
    { id: 'coinbase-api-private-key', title: 'Coinbase Developer Platform API secret', what: 'A Coinbase Developer Platform API key secret (an EC private key under `organizations/…/apiKeys/…`) is written in the file.',
      keyed: { key: /^(?:cdp_)?(?:api_?)?(?:key_?)?secret$|^private_?key$/, value: /^-----BEGIN EC PRIVATE KEY-----[A-Za-z0-9+/=\s\\]{100,}-----END EC PRIVATE KEY-----\s*$/, context: /coinbase|cdp/ }, priority: 6, envVar: 'CDP_API_KEY_SECRET' },
  ]),
];
