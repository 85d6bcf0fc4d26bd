import { isExampleOrLocalDefault } from '../local-default-credentials';
import { isPlaceholderPassword } from '../placeholders';
import { defineRules } from './define';

const DB_SCHEMES = '(?:postgres|postgresql|mysql|mariadb|mongodb|redis|rediss|amqp|amqps|mssql|sqlserver|oracle|clickhouse|cockroachdb|snowflake|neo4j|bolt|couchbase|couchbases|cassandra|influxdb|memcached|jdbc:[a-z0-9]{2,20})(?:\\+[a-z0-9]{1,20})?';

/** `scheme://user:password@host`; the password is the secret. Linear: each part excludes the next delimiter. */
const userinfo = (schemes: string) => new RegExp(`(?<![A-Za-z0-9+._-])(?:${schemes}):\\/\\/[^\\s:/@"'<>{}]{0,128}:([^\\s/@"'<>]{3,256})@[A-Za-z0-9[\\]._-]`, 'gi');

export const urlRules = defineRules('Connection', [
  {
    id: 'database-connection-string',
    title: 'Database connection string with a password',
    what: 'A database connection string with an embedded password (a `postgresql://`, `mongodb+srv://` or `redis://` URL whose user info carries a password, or `Server=…;Password=…`) is written in the file.',
    impact: 'It opens the database, which for a fine-tuning pipeline often holds the raw training data or the feedback collected from users.',
    keywords: ['://', 'password=', 'pwd='],
    // URLs with a database scheme, and ADO.NET / ODBC / JDBC style `…;Password=…` key-value strings.
    pattern: new RegExp(`${userinfo(DB_SCHEMES).source}|(?<![A-Za-z0-9])(?:Password|Pwd)=([^;'"\\s]{3,128})`, 'gi'),
    group: 1,
    validate: (s, site) => !isPlaceholderPassword(s) && !(site && isExampleOrLocalDefault(s, site)),
    envVar: 'DATABASE_URL',
    priority: 1,
  },
  {
    id: 'url-credentials',
    title: 'Credentials embedded in a URL',
    what: 'A URL with an embedded user name and password (`scheme://user:password@host`, any scheme: https, git, ftp, s3, an MLflow tracking URI…) is written in the file.',
    impact: 'The password travels with every copy of the URL: logs, tracker run configs, model cards, shell history.',
    keywords: ['://'],
    pattern: userinfo('[a-z][a-z0-9+.-]{1,30}'),
    group: 1,
    validate: (s, site) => !isPlaceholderPassword(s) && !(site && isExampleOrLocalDefault(s, site)),
    envVar: 'URL_PASSWORD',
    priority: 0,
  },
]);
