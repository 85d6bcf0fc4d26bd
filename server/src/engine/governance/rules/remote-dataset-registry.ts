import type { RuleMeta } from '../../types';
import { scalarString } from '../../parse/tree';
import { entriesNamed } from '../config-entries';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTrainingConfig } from '../refs/extract-dataset-refs';

const meta: RuleMeta = {
  id: 'governance/remote-dataset-registry',
  family: 'governance',
  title: 'Dataset registry loaded from a remote repository',
  description: 'With `dataset_dir: REMOTE:<repo>` LLaMA-Factory downloads `dataset_info.json` from a Hub repository at run time, so whoever controls that repository decides which data, scripts and formatting the job trains on, and no manifest in the workspace can describe it. Vendor the `dataset_info.json` into the repository instead.',
  defaultSeverity: 'warning',
  standards: { owaspLlm: ['LLM03:2025 Supply Chain', 'LLM04:2025 Data and Model Poisoning'], nistCsf: ['GV.SC-07', 'ID.AM-07'] },
};

export const remoteDatasetRegistry: GovernanceRule = {
  meta,
  check({ doc, root }) {
    if (!isTrainingConfig(doc)) return [];
    return entriesNamed(root, ['dataset_dir']).filter((f) => /^REMOTE:/i.test(scalarString(f.entry.value)?.trim() ?? ''))
      .map((f) => finding(meta, `\`dataset_dir\` loads the dataset registry from the remote repository \`${scalarString(f.entry.value)!.trim().slice(7)}\` at run time; vendor its dataset_info.json instead.`, f.entry.value.start, f.entry.value.end));
  },
};
