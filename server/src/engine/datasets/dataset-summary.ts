import { KIND_NAMES, KIND_SENSITIVITY, type PiiKind } from '../pii/pii-kind';

/** What a scan of a whole dataset found: counts only, never values. */
export interface DatasetSummary {
  records: number;
  counts: Partial<Record<PiiKind, number>>;
  /** Secret findings (by the secrets engine). */
  secrets: number;
}

export function emptySummary(): DatasetSummary {
  return { records: 0, counts: {}, secrets: 0 };
}

export function addCounts<K extends string>(into: Partial<Record<K, number>>, counts: Partial<Record<K, number>>): void {
  for (const [kind, n] of Object.entries(counts) as [K, number][]) into[kind] = (into[kind] ?? 0) + n;
}

export function detectedKinds(summary: Pick<DatasetSummary, 'counts'>): PiiKind[] {
  return (Object.keys(summary.counts) as PiiKind[]).filter((k) => (summary.counts[k] ?? 0) > 0).sort();
}

/**
 * The level a dataset with these kinds needs, as an index into the policy's levels (least to
 * most sensitive): identifiers (SSN, card, IBAN, medical) the highest, contact data the one
 * below, nothing found the lowest.
 */
export function requiredLevelIndex(kinds: Iterable<string>, levelCount: number, sensitivityOf: (kind: string) => number = kindSensitivity): number {
  let tier = 0;
  for (const kind of kinds) tier = Math.max(tier, sensitivityOf(kind));
  if (tier === 0 || levelCount === 0) return 0;
  return Math.max(0, levelCount - 1 - (2 - tier));
}

function kindSensitivity(kind: string): number {
  return (KIND_SENSITIVITY as Record<string, number>)[kind] ?? 1;
}

export interface LevelSuggestion {
  level: string;
  /** "restricted: 88 SSNs and 75 card numbers in 4,021 records" */
  reason: string;
}

export function suggestLevel(summary: DatasetSummary, levels: readonly string[]): LevelSuggestion {
  const kinds = detectedKinds(summary);
  const level = levels[requiredLevelIndex(kinds, levels.length)] ?? levels[0];
  const records = `${summary.records.toLocaleString('en-US')} record${summary.records === 1 ? '' : 's'}`;
  if (kinds.length === 0) return { level, reason: `${level}: no personal data found in ${records}` };
  const ranked = [...kinds].sort((a, b) => KIND_SENSITIVITY[b] - KIND_SENSITIVITY[a] || (summary.counts[b] ?? 0) - (summary.counts[a] ?? 0));
  const parts = ranked.slice(0, 3).map((k) => {
    const n = summary.counts[k] ?? 0;
    return `${n.toLocaleString('en-US')} ${KIND_NAMES[k][n === 1 ? 0 : 1]}`;
  });
  const more = ranked.length > 3 ? ` and ${ranked.length - 3} more kind(s)` : '';
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return { level, reason: `${level}: ${list}${more} in ${records}` };
}
