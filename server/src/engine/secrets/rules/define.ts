import type { Severity, StandardsMapping } from '../../types';
import type { KeyedDetector, MatchSite, SecretRule } from '../secret-rule';

/** Leaked credentials of non-human identities: the mapping most secret rules share. */
export const LEAK: StandardsMapping = {
  owaspNhi: ['NHI2:2025 Secret Leakage'],
  owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'],
  nistCsf: ['PR.AA-01', 'PR.DS-01'],
};

/** Credentials that can alter models, datasets or the supply chain (hubs, registries, CI). */
export const SUPPLY_CHAIN: StandardsMapping = {
  owaspNhi: ['NHI2:2025 Secret Leakage', 'NHI5:2025 Overprivileged NHI'],
  owaspLlm: ['LLM03:2025 Supply Chain', 'LLM04:2025 Data and Model Poisoning'],
  nistCsf: ['PR.AA-01', 'PR.DS-01', 'GV.SC-07'],
};

export interface RuleSpec {
  /** Without the `secrets/` prefix. */
  id: string;
  title: string;
  /** What the credential is, one sentence ending with a full stop. */
  what: string;
  /** What someone holding it can do, one sentence ending with a full stop. */
  impact?: string;
  keywords?: string[];
  pattern?: RegExp;
  group?: number;
  keyed?: KeyedDetector;
  validate?(secret: string, site?: MatchSite): boolean;
  envVar?: string;
  envVarFromKey?: boolean;
  severity?: Severity;
  /** Overlap resolution: provider-specific rules default to 2, generic ones use 0 or 1. */
  priority?: number;
  standards?: StandardsMapping;
}

/** Build a provider's rules with a uniform description and the shared defaults. */
export function defineRules(provider: string, specs: RuleSpec[], defaults: { standards?: StandardsMapping; envVar?: string } = {}): SecretRule[] {
  return specs.map((spec) => {
    const envVar = spec.envVar ?? defaults.envVar;
    const supply = envVar ? `supply it through \`${envVar}\` at launch` : 'supply it at launch';
    return {
      id: `secrets/${spec.id}`,
      family: 'secrets' as const,
      provider,
      title: spec.title,
      description: [
        spec.what,
        spec.impact ?? 'Anyone who can read the file, its git history or a copy of it can use the credential.',
        `Remove it from the file, keep it in a secrets manager and ${supply}; rotate it if the file was ever committed or shared.`,
      ].join(' '),
      defaultSeverity: spec.severity ?? 'error',
      standards: spec.standards ?? defaults.standards ?? LEAK,
      keywords: spec.keywords ?? [],
      pattern: spec.pattern,
      group: spec.group,
      keyed: spec.keyed,
      validate: spec.validate,
      envVar,
      envVarFromKey: spec.envVarFromKey,
      priority: spec.priority ?? 2,
    };
  });
}

/** Key names such as `mistral_api_key`, `MISTRAL_KEY`, `mistral-token` for the given provider words. */
export function providerKey(words: string): RegExp {
  return new RegExp(`^(?:[a-z0-9]+_)?(?:${words})_?(?:api_?|access_?|auth_?|secret_?)?(?:key|token|secret|apikey)$`);
}
