import { looksRandom } from '../checks';
import { defineRules, providerKey, SUPPLY_CHAIN, type RuleSpec } from './define';

const r = (min = 3.5) => (s: string) => looksRandom(s.replace(/^[A-Za-z]{2,8}[_.-](?:v1[_.-])?/, ''), min);
type Spec = RuleSpec & { provider: string };

/** Compute, data and hosting platforms that run or store fine-tuning workloads. */
const specs: Spec[] = [
  { provider: 'Databricks', id: 'databricks-token', title: 'Databricks personal access token', what: 'A Databricks personal access token (`dapi…`) is written in the file.',
    impact: 'It acts as the user on the workspace: notebooks, jobs, Unity Catalog tables with training data, model registry.',
    keywords: ['dapi'], pattern: /(?<![A-Za-z0-9_])dapi[a-f0-9]{32}(?:-\d)?(?![A-Za-z0-9_])/g, validate: r(3), envVar: 'DATABRICKS_TOKEN' },
  { provider: 'Databricks', id: 'databricks-oauth-secret', title: 'Databricks OAuth client secret', what: 'A Databricks service principal OAuth secret (`dose…`) is written in the file.',
    keywords: ['dose'], pattern: /(?<![A-Za-z0-9_])dose[a-f0-9]{32}(?![A-Za-z0-9_])/g, validate: r(3), envVar: 'DATABRICKS_CLIENT_SECRET' },
  { provider: 'Snowflake', id: 'snowflake-password', title: 'Snowflake password', what: 'A Snowflake password is written in the file.',
    keyed: { key: /^(?:snowflake_)?password$/, value: /^\S{8,128}$/, minEntropy: 2.5, context: /snowflake/ }, envVar: 'SNOWFLAKE_PASSWORD', priority: 3 },
  { provider: 'DigitalOcean', id: 'digitalocean-pat', title: 'DigitalOcean personal access token', what: 'A DigitalOcean personal access token (`dop_v1_…`) is written in the file.',
    keywords: ['dop_v1_'], pattern: /(?<![A-Za-z0-9_])dop_v1_[a-f0-9]{64}(?![A-Za-z0-9_])/g, envVar: 'DIGITALOCEAN_ACCESS_TOKEN' },
  { provider: 'DigitalOcean', id: 'digitalocean-oauth-token', title: 'DigitalOcean OAuth token', what: 'A DigitalOcean OAuth access token (`doo_v1_…`) is written in the file.',
    keywords: ['doo_v1_'], pattern: /(?<![A-Za-z0-9_])doo_v1_[a-f0-9]{64}(?![A-Za-z0-9_])/g, envVar: 'DIGITALOCEAN_ACCESS_TOKEN' },
  { provider: 'DigitalOcean', id: 'digitalocean-refresh-token', title: 'DigitalOcean OAuth refresh token', what: 'A DigitalOcean OAuth refresh token (`dor_v1_…`) is written in the file.',
    keywords: ['dor_v1_'], pattern: /(?<![A-Za-z0-9_])dor_v1_[a-f0-9]{64}(?![A-Za-z0-9_])/g, envVar: 'DIGITALOCEAN_ACCESS_TOKEN' },
  { provider: 'Heroku', id: 'heroku-api-key', title: 'Heroku API key', what: 'A Heroku API key (`HRKU-…`) is written in the file.',
    keywords: ['hrku-'], pattern: /(?<![A-Za-z0-9_-])HRKU-[A-Za-z0-9_-]{60}(?![A-Za-z0-9_-])/g, validate: r(), envVar: 'HEROKU_API_KEY' },
  { provider: 'Fly.io', id: 'flyio-access-token', title: 'Fly.io access token', what: 'A Fly.io access token (`fo1_…`, `fm1r_…`, `FlyV1 fm2_…`) is written in the file.',
    keywords: ['fo1_', 'fm1r_', 'fm1a_', 'fm2_'], pattern: /(?<![A-Za-z0-9_])(?:fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3})(?![A-Za-z0-9_])/g, validate: r(4), envVar: 'FLY_API_TOKEN' },
  { provider: 'PlanetScale', id: 'planetscale-token', title: 'PlanetScale service token', what: 'A PlanetScale service token, OAuth token or password (`pscale_tkn_…`, `pscale_oauth_…`, `pscale_pw_…`) is written in the file.',
    keywords: ['pscale_'], pattern: /(?<![A-Za-z0-9_])pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_.=-]{32,64}(?![A-Za-z0-9_.=-])/g, validate: (s) => looksRandom(s.replace(/^pscale_[a-z]+_/, ''), 3.5), envVar: 'PLANETSCALE_SERVICE_TOKEN' },
  { provider: 'Supabase', id: 'supabase-access-token', title: 'Supabase access token', what: 'A Supabase personal access token or secret key (`sbp_…`, `sb_secret_…`) is written in the file.',
    keywords: ['sbp_', 'sb_secret_'], pattern: /(?<![A-Za-z0-9_])(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,40})(?![A-Za-z0-9_-])/g, validate: (s) => looksRandom(s.replace(/^sbp_|^sb_secret_/, ''), 3), envVar: 'SUPABASE_ACCESS_TOKEN' },
  { provider: 'Vercel', id: 'vercel-token', title: 'Vercel access token', what: 'A Vercel access token (under a Vercel key) is written in the file.',
    keyed: { key: providerKey('vercel'), value: /^(?:vc[a-z]_)?[A-Za-z0-9]{24,60}$/, minEntropy: 3.5 }, envVar: 'VERCEL_TOKEN' },
  { provider: 'Netlify', id: 'netlify-token', title: 'Netlify access token', what: 'A Netlify personal access token (`nfp_…`, or under a Netlify key) is written in the file.',
    keywords: ['nfp_'], pattern: /(?<![A-Za-z0-9_])nfp_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, validate: r(),
    keyed: { key: providerKey('netlify|netlify_auth'), value: /^[A-Za-z0-9_-]{40,46}$/, minEntropy: 3.5 }, envVar: 'NETLIFY_AUTH_TOKEN' },
  { provider: 'Cloudflare', id: 'cloudflare-api-token', title: 'Cloudflare API token', what: 'A Cloudflare API token or global API key (under a Cloudflare key) is written in the file.',
    keyed: { key: providerKey('cloudflare|cf|cloudflare_api|cf_api'), value: /^(?:[A-Za-z0-9_-]{40}|[a-f0-9]{37})$/, minEntropy: 3.5 }, envVar: 'CLOUDFLARE_API_TOKEN' },
  { provider: 'Cloudflare', id: 'cloudflare-origin-ca-key', title: 'Cloudflare Origin CA key', what: 'A Cloudflare Origin CA key (`v1.0-…`) is written in the file.',
    keywords: ['v1.0-'], pattern: /(?<![A-Za-z0-9_.-])v1\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![A-Za-z0-9_-])/g, envVar: 'CLOUDFLARE_ORIGIN_CA_KEY' },
  { provider: 'Alibaba Cloud', id: 'alibaba-access-key-id', title: 'Alibaba Cloud AccessKey ID', what: 'An Alibaba Cloud AccessKey ID (`LTAI…`) is written in the file; its secret is usually next to it.',
    keywords: ['ltai'], pattern: /(?<![A-Za-z0-9_])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9_])/g, validate: r(3.3), envVar: 'ALIBABA_CLOUD_ACCESS_KEY_ID' },
  { provider: 'Alibaba Cloud', id: 'alibaba-access-key-secret', title: 'Alibaba Cloud AccessKey secret', what: 'An Alibaba Cloud AccessKey secret (30 characters under an Alibaba secret key) is written in the file.',
    keyed: { key: /^(?:alibaba_cloud_|alicloud_|aliyun_)?access_?key_?secret$/, value: /^[A-Za-z0-9]{30}$/, minEntropy: 3.8 }, envVar: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET' },
  { provider: 'Tencent Cloud', id: 'tencent-secret-id', title: 'Tencent Cloud SecretId', what: 'A Tencent Cloud SecretId (`AKID…`) is written in the file; its SecretKey is usually next to it.',
    keywords: ['akid'], pattern: /(?<![A-Za-z0-9_])AKID[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g, validate: r(3.8), envVar: 'TENCENTCLOUD_SECRET_ID' },
  { provider: 'IBM Cloud', id: 'ibm-cloud-api-key', title: 'IBM Cloud API key', what: 'An IBM Cloud (watsonx) API key (44 characters under an IBM key) is written in the file.',
    keyed: { key: providerKey('ibm|ibm_cloud|ibmcloud|watsonx|wml|watson'), value: /^[A-Za-z0-9_-]{44}$/, minEntropy: 4 }, envVar: 'IBM_CLOUD_API_KEY' },
  { provider: 'Oracle Cloud', id: 'oci-auth-token', title: 'Oracle Cloud auth token', what: 'An Oracle Cloud Infrastructure auth token or API key passphrase (under an OCI key) is written in the file.',
    keyed: { key: /^oci_(?:auth_token|pass_?phrase|api_key)$/, value: /^\S{16,64}$/, minEntropy: 3.5 }, envVar: 'OCI_AUTH_TOKEN' },
  { provider: 'Lambda', id: 'lambda-cloud-api-key', title: 'Lambda Cloud API key', what: 'A Lambda Cloud API key (`secret_…`) is written in the file.',
    impact: 'It launches GPU instances on the account and reads its file systems with checkpoints and datasets.',
    keywords: ['secret_'], pattern: /(?<![A-Za-z0-9_])secret_[a-z0-9]{10,64}_[a-f0-9]{32}\.[A-Za-z0-9]{40,64}(?![A-Za-z0-9_])/g, envVar: 'LAMBDA_API_KEY' },
  { provider: 'Prefect', id: 'prefect-api-key', title: 'Prefect Cloud API key', what: 'A Prefect Cloud API key (`pnu_…`) is written in the file.',
    keywords: ['pnu_'], pattern: /(?<![A-Za-z0-9_])pnu_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, validate: r(), envVar: 'PREFECT_API_KEY' },
];

export const cloudPlatformRules = specs.flatMap(({ provider, ...spec }) => defineRules(provider, [spec], { standards: SUPPLY_CHAIN }));
