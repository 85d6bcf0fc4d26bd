import type { MatchSite } from './secret-rule';

/** `scheme://user:` right before a URL's password (the scheme may hold `+` and `:`: `jdbc:postgresql`, `mongodb+srv`). */
export const SCHEME_AND_USER = /([A-Za-z][A-Za-z0-9+.:-]{0,40}):\/\/([^\s:/@"'<>{}]{0,128}):$/;
/** `@host` right after it. */
export const HOST = /^@(\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9._-]{1,253})/;
/** This machine: loopback addresses, `localhost`, Docker's name for the host. */
export const LOCAL_HOST = /^(?:localhost|[a-z0-9-]{1,63}\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i;
/** Passwords that database and broker images and their quick-start guides set by default. */
const WELL_KNOWN_DEFAULTS = new Set(['postgres', 'postgresql', 'mysql', 'mariadb', 'redis', 'mongo', 'mongodb', 'rabbitmq', 'minioadmin', 'neo4j', 'clickhouse', 'example', 'secret', 'password', 'pass', 'changeme', 'admin', 'root', 'guest', 'test', 'dev', 'local']);

/** Hosts reserved for documentation (RFC 2606, RFC 6761): `mongodb0.example.com`, `db.example`, `api.test`. */
const DOCUMENTATION_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid)$/i;
/** What a manual's sample password says it is, once `P@ssw0rd`-style letters are read back (`D1fficultP%40ssw0rd`, `mySecret`). */
const SAYS_PASSWORD = /pass(?:word|wd)|secret|example|changeme|difficult/;

/**
 * A URL credential that is either a local default (`isLocalDefaultCredential`) or a manual's example:
 * a password that calls itself one, for a host reserved for documentation
 * (`mongodb://myDBReader:D1fficultP%40ssw0rd@mongodb0.example.com`). A random password for such a
 * host is still reported: generated configs and tests use these hosts for real-looking credentials.
 */
export function isExampleOrLocalDefault(password: string, site: MatchSite): boolean {
  const host = HOST.exec(site.value.slice(site.index + password.length, site.index + password.length + 260))?.[1];
  if (!host) return false;
  if (DOCUMENTATION_HOST.test(host) && SAYS_PASSWORD.test(unleet(password))) return true;
  return isLocalDefaultCredential(password, site, host);
}

function unleet(password: string): string {
  return decodeURIComponentSafe(password).toLowerCase().replace(/[@4]/g, 'a').replace(/0/g, 'o').replace(/[1!]/g, 'i').replace(/3/g, 'e').replace(/[5$]/g, 's').replace(/7/g, 't');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A URL's password (its `host` after it) that only opens a service on this machine with its default credentials:
 * `postgres://postgres:postgres@localhost:5432/postgres`, `redis://:redis@localhost:6379/0`. The
 * password equals the user name, the scheme's name or a well-known default, and the host is
 * local. Such strings are in every quick-start guide; a generated password on localhost is still a secret.
 */
function isLocalDefaultCredential(password: string, site: MatchSite, host: string): boolean {
  if (!LOCAL_HOST.test(host)) return false;
  const before = SCHEME_AND_USER.exec(site.value.slice(Math.max(0, site.index - 200), site.index));
  if (!before) return false;
  const value = password.toLowerCase();
  const scheme = before[1].toLowerCase().replace(/^jdbc:/, '').replace(/\+.*$/, '');
  return value === before[2].toLowerCase() || value === scheme || WELL_KNOWN_DEFAULTS.has(value);
}
