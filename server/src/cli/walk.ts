import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/**
 * Files a directory walk picks up; explicit file arguments are always checked. Besides configs and
 * datasets: notebooks (JSON; their code cells log in and set keys), private key files, and the
 * credential files of package registries, git, netrc, AWS (`credentials`), PostgreSQL, direnv, Databricks,
 * Comet, s3cmd, boto, MySQL and DVC, and Terraform state (JSON that holds every resource's secrets).
 */
const CHECKED = /\.(ya?ml|json|jsonl|ndjson|jsonld|csv|tsv|parquet|toml|ini|cfg|env|md|ipynb|pem|key|tfstate|tfstate\.backup)$|^\.env(\..+)?$|^(?:\.envrc|\.pgpass|\.npmrc|\.pypirc|\.netrc|_netrc|\.git-credentials|credentials|\.databrickscfg|\.comet\.config|\.s3cfg|\.boto|\.my\.cnf|id_(?:rsa|dsa|ecdsa|ed25519))$/i;
/** DVC's remote settings (`.dvc/config`, and `config.local`, where its docs put the remote's keys). */
const DVC_CONFIG = /(?:^|[\\/])\.dvc[\\/]config(?:\.local)?$/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv']);

export interface WalkProblem {
  path: string;
  message: string;
}

export interface WalkResult {
  files: string[];
  problems: WalkProblem[];
}

/**
 * Expand the given paths to files. Respects each directory's .gitignore, skips VCS and
 * dependency folders, follows no symlinked directories (so loops cannot happen) and reports
 * unreadable entries instead of failing.
 */
export function collectFiles(inputs: readonly string[]): WalkResult {
  const files: string[] = [];
  const problems: WalkProblem[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (error) {
      problems.push({ path: input, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
      continue;
    }
    if (stat.isDirectory()) walkDirectory(path.resolve(input), [], files, problems);
    else if (stat.isFile()) files.push(path.resolve(input));
    else problems.push({ path: input, message: NOT_REGULAR }); // reading a FIFO would block forever
  }
  return { files: [...new Set(files)].sort(), problems };
}

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

function walkDirectory(dir: string, scopes: IgnoreScope[], files: string[], problems: WalkProblem[]): void {
  const stack: { dir: string; scopes: IgnoreScope[] }[] = [{ dir, scopes }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current.dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: current.dir, message: `cannot list: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
      continue;
    }
    const here = readGitignore(current.dir);
    const active = here ? [...current.scopes, { base: current.dir, rules: here }] : current.scopes;
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current.dir, entry.name);
      const isDir = entry.isDirectory();
      if (isIgnored(active, full, isDir)) continue;
      if (isDir) {
        if (!SKIPPED_DIRS.has(entry.name)) stack.push({ dir: full, scopes: active });
      } else if (CHECKED.test(entry.name) || DVC_CONFIG.test(full)) {
        const unusable = entry.isFile() ? undefined : entry.isSymbolicLink() ? symlinkProblem(full) : NOT_REGULAR;
        if (unusable === null) continue; // a symlinked directory: not followed
        if (unusable) problems.push({ path: full, message: unusable });
        else files.push(full);
      }
    }
  }
}

const NOT_REGULAR = 'not a regular file (FIFO, socket or device); skipped';

/** Why a symlink cannot be read as a file; undefined when it can, null for a directory (not followed). */
function symlinkProblem(file: string): string | null | undefined {
  try {
    const target = fs.statSync(file);
    if (target.isFile()) return undefined;
    return target.isDirectory() ? null : NOT_REGULAR;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ELOOP' ? 'symbolic link loop; skipped' : code === 'ENOENT' ? 'broken symbolic link; skipped' : `cannot read: ${code ?? 'error'}`;
  }
}

function readGitignore(dir: string): Ignore | undefined {
  try {
    return ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'));
  } catch {
    return undefined;
  }
}

function isIgnored(scopes: IgnoreScope[], full: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const relative = path.relative(scope.base, full).split(path.sep).join('/');
    if (relative && scope.rules.ignores(isDir ? `${relative}/` : relative)) return true;
  }
  return false;
}
