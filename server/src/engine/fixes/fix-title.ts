import { rotationPage } from './rotation-pages';

export interface TitleParts {
  variable: string;
  /** Where the value goes: "1Password", "the git-ignored env file .env.local". */
  destination: string;
  /** What happens to the file (from describeStrategy). */
  action: string;
  ruleId: string;
  issuer?: string;
  exposed?: boolean;
}

/** A fix's title says what it will do, and when the value is in history, that it must be rotated. */
export function fixTitle(parts: TitleParts): string {
  const title = `Store ${parts.variable} in ${parts.destination}, then ${parts.action}`;
  if (!parts.exposed) return title;
  const page = rotationPage(parts.ruleId, parts.issuer);
  return `${title} — exposed in git history: rotate it${page.url ? ` at ${page.url}` : ` with ${page.issuer}`}`;
}

export function fixAllTitle(count: number, destination: string, exposed: number): string {
  const base = `Fix all ${count} secret${count === 1 ? '' : 's'} in this file: store ${count === 1 ? 'it' : 'them'} in ${destination}, then move them out of the file`;
  return exposed > 0 ? `${base} — ${exposed} exposed in git history must be rotated` : base;
}
