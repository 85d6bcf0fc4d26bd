/**
 * Pure edits of dotenv files and .gitignore, used when a quick fix moves a secret out of a
 * config. The value is never lost: an existing variable with another value is never overwritten.
 */

export interface EnvFileUpdate {
  /** New content, or undefined when the file already holds this exact entry. */
  text?: string;
  /** The variable name finally used (may carry a suffix when the plain name is taken). */
  variable: string;
}

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

export function readEnvEntries(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = LINE.exec(line);
    if (m) entries.set(m[1], unquote(m[2]));
  }
  return entries;
}

export function addEnvEntry(existing: string, variable: string, value: string): EnvFileUpdate {
  const entries = readEnvEntries(existing);
  let name = variable;
  for (let n = 2; entries.has(name); n++) {
    if (entries.get(name) === value) return { variable: name };
    name = `${variable}_${n}`;
  }
  const separator = existing.length === 0 || existing.endsWith('\n') ? '' : '\n';
  return { text: `${existing}${separator}${name}=${quote(value)}\n`, variable: name };
}

/** Plain when safe, else double quotes with the escapes both shells and dotenv readers understand. */
function quote(value: string): string {
  return /^[A-Za-z0-9_./:+@-]*$/.test(value) ? value : `"${value.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;
}

function unquote(value: string): string {
  if (/^'.*'$/.test(value)) return value.slice(1, -1);
  if (/^".*"$/.test(value)) return value.slice(1, -1).replace(/\\([\\"$`])/g, '$1');
  return value;
}

/**
 * Make sure `.gitignore` ignores `relativePath` (a path relative to the .gitignore's folder).
 * Returns the new content, or undefined when a line already ignores it exactly.
 */
export function ensureGitignored(gitignore: string, relativePath: string): string | undefined {
  const entry = `/${relativePath.replace(/^\/+/, '')}`;
  const lines = gitignore.split(/\r?\n/).map((l) => l.trim());
  const bare = entry.slice(1);
  if (lines.includes(entry) || lines.includes(bare)) return undefined;
  const separator = gitignore.length === 0 || gitignore.endsWith('\n') ? '' : '\n';
  return `${gitignore}${separator}# Local secrets moved out of configs by Tuneguard\n${entry}\n`;
}
