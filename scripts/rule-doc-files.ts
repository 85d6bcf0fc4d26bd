import { allRules } from '../server/src/engine/rules/catalogue';
import { renderRuleDoc, renderRuleIndex } from '../server/src/engine/rules/rule-doc';

/** docs/rules/<family>/<name>.md for every rule, plus the index. */
export function ruleDocFiles(): { file: string; content: string }[] {
  const rules = allRules();
  return [
    { file: 'docs/rules/README.md', content: renderRuleIndex(rules) },
    ...rules.map((rule) => ({ file: `docs/rules/${rule.id}.md`, content: renderRuleDoc(rule) })),
  ];
}
