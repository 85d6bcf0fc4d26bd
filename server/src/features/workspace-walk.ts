import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', 'wandb', 'mlruns']);

/**
 * Asynchronous walk of a workspace folder (the server must stay responsive while indexing):
 * respects .gitignore files, skips VCS and dependency folders, follows no symlinked folders.
 * Yields every file accepted by `wanted`.
 */
export async function* walkWorkspace(root: string, wanted: (relative: string) => boolean): AsyncGenerator<string> {
  const stack: { dir: string; scopes: { base: string; rules: Ignore }[] }[] = [{ dir: root, scopes: [] }];
  while (stack.length > 0) {
    const { dir, scopes } = stack.pop()!;
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    const gitignore = await fsp.readFile(path.join(dir, '.gitignore'), 'utf8').then((t) => ignore().add(t), () => undefined);
    const active = gitignore ? [...scopes, { base: dir, rules: gitignore }] : scopes;
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const isDir = entry.isDirectory();
      if (active.some((s) => {
        const rel = path.relative(s.base, full).split(path.sep).join('/');
        return rel !== '' && s.rules.ignores(isDir ? `${rel}/` : rel);
      })) continue;
      if (isDir) {
        if (!SKIPPED_DIRS.has(entry.name)) stack.push({ dir: full, scopes: active });
      } else if (entry.isFile() && wanted(path.relative(root, full).split(path.sep).join('/'))) {
        yield full;
      }
    }
  }
}
