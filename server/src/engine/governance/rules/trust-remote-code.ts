import type { RuleMeta } from '../../types';
import { baseModels } from '../base-models';
import { entriesNamed, isTrue } from '../config-entries';
import { matchesAnyGlob } from '../glob-match';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTrainingConfig } from '../refs/extract-dataset-refs';

const meta: RuleMeta = {
  id: 'governance/trust-remote-code',
  family: 'governance',
  title: 'trust_remote_code for a model outside the allowlist',
  description: '`trust_remote_code: true` downloads and runs Python code from the model\'s repository on the training machine, with its credentials and data. The policy lists the models whose code has been reviewed in `models.trustRemoteCode` (glob patterns such as `microsoft/Phi-3*`). Pin the model revision, review the code and add the model to the allowlist, or use a model supported natively.',
  defaultSeverity: 'warning',
  standards: { owaspNhi: ['NHI5:2025 Overprivileged NHI'], owaspLlm: ['LLM03:2025 Supply Chain'], nistCsf: ['GV.SC-07', 'ID.RA-09'] },
};

export const trustRemoteCode: GovernanceRule = {
  meta,
  check({ doc, root, gov }) {
    if (!isTrainingConfig(doc)) return [];
    const enabled = entriesNamed(root, ['trust_remote_code']).filter((f) => isTrue(f.entry.value));
    if (enabled.length === 0) return [];
    const models = baseModels(doc, root).map((m) => m.id);
    if (models.length > 0 && models.every((m) => matchesAnyGlob(m, gov.models.trustRemoteCode))) return [];
    const named = models.length > 0 ? models.map((m) => `\`${m}\``).join(', ') : 'the model';
    return enabled.map((f) => finding(meta, `\`trust_remote_code: true\` runs code from ${named}, which is not in the policy's \`models.trustRemoteCode\` allowlist.`, f.entry.start, f.entry.end));
  },
};
