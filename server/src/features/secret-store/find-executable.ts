import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Full path of `command` on PATH, found by looking at the directories (nothing is run to find
 * out). Undefined when it is not installed.
 */
export function findExecutable(command: string, pathVariable = process.env.PATH ?? ''): string | undefined {
  const extensions = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of pathVariable.split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of extensions) {
      const candidate = path.join(dir, command + ext);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}
