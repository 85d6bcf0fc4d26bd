import type { RuleMeta } from '../../types';
import type { ScalarNode } from '../../parse/tree';
import { stringItems, walkEntries } from '../config-entries';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTrainingConfig } from '../refs/extract-dataset-refs';
import { AXOLOTL_STRATEGY_MODULES } from './axolotl-strategies';

const meta: RuleMeta = {
  id: 'governance/code-import-outside-allowlist',
  family: 'governance',
  title: 'Config imports code from outside the allowed modules',
  description: 'The config makes the trainer import and run Python code by name: a torchtune `_component_`, Axolotl `plugins`, `trainer_cls`, GRPO `reward_funcs`, or a dotted dataset `type` that is not one of Axolotl\'s own prompt strategies. Code outside the policy\'s `imports.allowedPrefixes` (by default the training libraries themselves) runs with the job\'s credentials and data. Review the module and add its prefix to the policy, or use a built-in.',
  defaultSeverity: 'warning',
  standards: { owaspNhi: ['NHI5:2025 Overprivileged NHI'], owaspLlm: ['LLM03:2025 Supply Chain'], nistCsf: ['GV.SC-07', 'ID.RA-09'] },
};

const IMPORT_KEYS = new Set(['_component_', 'plugins', 'trainer_cls', 'reward_funcs', 'custom_trainer', 'reward_model_cls']);

export const codeImportOutsideAllowlist: GovernanceRule = {
  meta,
  check({ doc, root, gov }) {
    if (!isTrainingConfig(doc)) return [];
    const allowed = gov.imports.allowedPrefixes;
    const imports: { name: string; node: ScalarNode; key: string }[] = [];
    for (const { entry, path } of walkEntries(root)) {
      if (IMPORT_KEYS.has(entry.key)) {
        for (const item of stringItems(entry.value)) imports.push({ name: item.value, node: item.node, key: entry.key });
      } else if (entry.key === 'type' && path.length === 3 && typeof path[1] === 'number' && /datasets$/.test(String(path[0]))) {
        const [item] = stringItems(entry.value);
        if (item && item.value.includes('.') && !AXOLOTL_STRATEGY_MODULES.has(item.value.split('.')[0])) imports.push({ name: item.value, node: item.node, key: 'type' });
      }
    }
    return imports.filter((i) => !allowed.some((prefix) => i.name === prefix.replace(/\.$/, '') || i.name.startsWith(prefix)))
      .map((i) => finding(meta, `\`${i.key}\` makes the trainer import \`${i.name}\`, which is outside the policy's allowed module prefixes; its code runs with the job's credentials and data.`, i.node.start, i.node.end));
  },
};
