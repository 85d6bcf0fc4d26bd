import { looksRandom } from '../checks';
import { defineRules, SUPPLY_CHAIN, type RuleSpec } from './define';

const token = (prefix: string, id: string, title: string, body = '[A-Za-z0-9_-]{20}', severity?: 'warning'): RuleSpec => ({
  id, title, severity,
  what: `A GitLab ${title.replace(/^GitLab /, '').toLowerCase()} (\`${prefix}…\`) is written in the file.`,
  keywords: [prefix],
  pattern: new RegExp(`(?<![A-Za-z0-9_-])${prefix}${body}(?![A-Za-z0-9_-])`, 'g'),
  validate: (s: string) => looksRandom(s.slice(prefix.length), 3),
});

export const gitlabRules = defineRules('GitLab', [
  { ...token('glpat-', 'gitlab-pat', 'GitLab personal access token', '(?:[A-Za-z0-9_-]{20}|[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{2}\\.[0-9a-z]{9})'),
    impact: 'It acts as the user on every project its scopes allow: code, CI variables, package and container registries.' },
  token('glptt-', 'gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', '[0-9a-f]{40}'),
  token('glrt-', 'gitlab-runner-token', 'GitLab runner authentication token', '[A-Za-z0-9_.-]{20,80}'),
  token('gldt-', 'gitlab-deploy-token', 'GitLab deploy token'),
  token('glft-', 'gitlab-feed-token', 'GitLab feed token', '[A-Za-z0-9_-]{20,64}', 'warning'),
  token('gloas-', 'gitlab-oauth-app-secret', 'GitLab OAuth application secret', '[A-Za-z0-9_-]{64}'),
  token('glcbt-', 'gitlab-ci-build-token', 'GitLab CI/CD job token', '[0-9a-zA-Z]{1,5}_[A-Za-z0-9_-]{20}', 'warning'),
  token('glimt-', 'gitlab-incoming-mail-token', 'GitLab incoming mail token', '[A-Za-z0-9_-]{25}', 'warning'),
  token('glagent-', 'gitlab-agent-token', 'GitLab agent for Kubernetes token', '[A-Za-z0-9_-]{50}'),
  token('glsoat-', 'gitlab-scim-token', 'GitLab SCIM OAuth token'),
], { standards: SUPPLY_CHAIN, envVar: 'GITLAB_TOKEN' });
