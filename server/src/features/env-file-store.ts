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
  const envFile = path.resolve(root, envFileRelative);
  if (!envFile.startsWith(root + path.sep)) throw new Error(`The env file ${envFileRelative} is outside the workspace folder.`);
  const existing = await readIfExists(envFile);
  const update = addEnvEntry(existing ?? '', variable, value);
  if (update.text !== undefined) await writeAtomically(envFile, update.text);
  const written = readEnvEntries((await readIfExists(envFile)) ?? '');
  if (written.get(update.variable) !== value) throw new Error(`Could not verify ${update.variable} in ${envFileRelative} after writing it.`);

  const gitignore = path.join(root, '.gitignore');
  const ignored = ensureGitignored((await readIfExists(gitignore)) ?? '', path.relative(root, envFile).split(path.sep).join('/'));
  if (ignored !== undefined) await writeAtomically(gitignore, ignored, 0o644);
  return { variable: update.variable, envFile };
}

async function readIfExists(file: string): Promise<string | undefined> {
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
