import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { addEnvEntry, ensureGitignored, readEnvEntries } from '../engine/fixes/env-file';

export interface StoredSecret {
  variable: string;
  envFile: string;
}

/**
 * Store a secret in the workspace's git-ignored env file, then read it back. Throws (with a
 * message that never contains the value) when the value is not safely on disk.
 */
export async function storeInEnvFile(root: string, envFileRelative: string, variable: string, value: string): Promise<StoredSecret> {
  const [stored] = await storeManyInEnvFile(root, envFileRelative, [{ variable, value }]);
  return stored;
}

/**
 * Store several secrets with one write of the env file, verified by reading it back; the
 * returned variables are in input order (one may carry a suffix when its name held another value).
 */
export async function storeManyInEnvFile(root: string, envFileRelative: string, secrets: readonly { variable: string; value: string }[]): Promise<StoredSecret[]> {
  const envFile = path.resolve(root, envFileRelative);
  if (!envFile.startsWith(root + path.sep)) throw new Error(`The env file ${envFileRelative} is outside the workspace folder.`);
  const existing = (await readIfExists(envFile)) ?? '';
  let text = existing;
  const variables: string[] = [];
  for (const secret of secrets) {
    const update = addEnvEntry(text, secret.variable, secret.value);
    if (update.text !== undefined) text = update.text;
    variables.push(update.variable);
  }
  if (text !== existing) await writeAtomically(envFile, text);
  const written = readEnvEntries((await readIfExists(envFile)) ?? '');
  secrets.forEach((secret, i) => {
    if (written.get(variables[i]) !== secret.value) throw new Error(`Could not verify ${variables[i]} in ${envFileRelative} after writing it.`);
  });

  const gitignore = path.join(root, '.gitignore');
  const ignored = ensureGitignored((await readIfExists(gitignore)) ?? '', path.relative(root, envFile).split(path.sep).join('/'));
  if (ignored !== undefined) await writeAtomically(gitignore, ignored, 0o644);
  return variables.map((variable) => ({ variable, envFile }));
}

export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`Cannot read ${path.basename(file)}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`);
  }
}

/** Write to a temporary file beside the target, then rename: a crash never leaves half a file. */
async function writeAtomically(file: string, text: string, mode = 0o600): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fs.writeFile(temporary, text, { encoding: 'utf8', mode });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new Error(`Cannot write ${path.basename(file)}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`);
  }
}
