import type { RuleMeta } from '../../types';
import { finding, type GovernanceRule } from '../governance-rule';
import { matchesAnyGlob } from '../glob-match';
import { hubPushes, orgOf } from '../hub-pushes';

const meta: RuleMeta = {
  id: 'governance/hub-push-unapproved-org',
  family: 'governance',
  title: 'Hub push to an organisation the policy does not approve',
  description: 'The config pushes to a Hugging Face Hub repository outside the organisations listed in `publishing.allowedHubOrgs` (a repo without an organisation goes to the token owner\'s personal namespace). Personal and unknown namespaces escape the organisation\'s access control and offboarding. Push to an approved organisation. The rule is silent while the list is empty.',
  defaultSeverity: 'error',
  standards: { owaspNhi: ['NHI1:2025 Improper Offboarding'], owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['PR.AA-05', 'PR.DS-02'] },
};

export const hubPushUnapprovedOrg: GovernanceRule = {
  meta,
  check({ doc, root, gov }) {
    const allowed = gov.publishing.allowedHubOrgs;
    if (allowed.length === 0) return [];
    return hubPushes(doc, root).filter((p) => {
      const org = orgOf(p.repo);
      return !org || !matchesAnyGlob(org, allowed);
    }).map((p) => finding(meta,
      `\`${p.key}\` pushes to ${p.repo ? `\`${p.repo}\`` : 'a repository named after the output directory'}, outside the approved organisations (${allowed.map((o) => `\`${o}\``).join(', ')}).`,
      p.start, p.end));
  },
};
