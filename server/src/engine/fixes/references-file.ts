import { addEnvEntry } from './env-file';

/**
 * Entries of the references file (`.env.tuneguard`): `VAR=op://…` lines a runner such as
 * `op run --env-file` resolves at launch. It holds no value, so it may be committed.
 */
export function addReferences(existing: string, references: readonly { variable: string; reference: string }[]): string | undefined {
  let text = existing.length === 0 ? '# References resolved at launch by the secrets manager\'s runner. No values: safe to commit.\n' : existing;
  let changed = existing.length === 0;
  for (const { variable, reference } of references) {
    const update = addEnvEntry(text, variable, reference);
    if (update.text !== undefined && update.variable === variable) {
      text = update.text;
      changed = true;
    }
  }
  return changed ? text : undefined;
}
