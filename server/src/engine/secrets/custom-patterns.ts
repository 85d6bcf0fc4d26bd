import { RE2JS } from 're2js';
import type { Policy } from '../../../../schemas/policy';
import { LEAK } from './rules/define';
import { shannonEntropy } from './checks';
import type { SecretRule } from './secret-rule';

type CustomPattern = Policy['secrets']['customPatterns'][number];

export interface CompiledCustomPatterns {
  rules: SecretRule[];
  /** Patterns RE2 rejected, by id, with the reason (no pattern text: it may embed a value). */
  problems: { id: string; message: string }[];
}

const cache = new Map<string, CompiledCustomPatterns>();

/**
 * The policy's custom patterns as secret rules. RE2 (re2js) guarantees linear-time matching, so
 * a pattern from a workspace policy cannot hang the editor or CI; the keywords put it behind
 * the same prefilter as the built-in rules.
 */
export function compileCustomPatterns(patterns: readonly CustomPattern[]): CompiledCustomPatterns {
  const cacheKey = JSON.stringify(patterns);
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const compiled: CompiledCustomPatterns = { rules: [], problems: [] };
  for (const custom of patterns) {
    let re: RE2JS;
    try {
      re = RE2JS.compile(custom.pattern);
    } catch (error) {
      compiled.problems.push({ id: custom.id, message: `custom pattern "${custom.id}" is not valid RE2: ${(error as Error).message.split(':')[0]}` });
      continue;
    }
    compiled.rules.push(toRule(custom, re));
  }
  if (cache.size > 20) cache.clear();
  cache.set(cacheKey, compiled);
  return compiled;
}

function toRule(custom: CustomPattern, re: RE2JS): SecretRule {
  const title = custom.title ?? `Custom secret "${custom.id}"`;
  return {
    id: `secrets/custom-${custom.id}`,
    family: 'secrets',
    provider: title,
    title,
    description: `A value matching the organisation's custom pattern "${custom.id}" from the policy is written in the file.`,
    defaultSeverity: custom.severity,
    standards: LEAK,
    keywords: custom.keywords.map((k) => k.toLowerCase()),
    envVar: custom.envVar,
    priority: 4,
    validate: custom.minEntropy === undefined ? undefined : (s) => shannonEntropy(s) >= custom.minEntropy!,
    *find(value: string) {
      const matcher = re.matcher(value);
      while (matcher.find()) {
        const group = matcher.groupCount() >= 1 ? matcher.group(1) : null;
        if (group !== null && group !== undefined) yield { index: matcher.start(1), text: group };
        else yield { index: matcher.start(), text: matcher.group() ?? '' };
        if (matcher.end() === matcher.start()) break; // an empty match would loop forever
      }
    },
  };
}
