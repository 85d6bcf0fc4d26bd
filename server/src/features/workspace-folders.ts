import * as path from 'node:path';
import { URI } from 'vscode-uri';

/** The workspace folders the client told us about, and which one holds a document. */
export class WorkspaceFolders {
  private folders: string[] = [];

  set(uris: readonly string[]): void {
    this.folders = uris.map((u) => URI.parse(u).fsPath).sort((a, b) => b.length - a.length);
  }

  all(): readonly string[] {
    return this.folders;
  }

  /** The innermost folder containing the file, else the file's own directory. */
  rootFor(fsPath: string): string {
    return this.folders.find((f) => fsPath === f || fsPath.startsWith(f + path.sep)) ?? path.dirname(fsPath);
  }

  /** Path relative to its workspace folder with `/` separators: what policies' globs match. */
  relativePath(fsPath: string): string {
    return path.relative(this.rootFor(fsPath), fsPath).split(path.sep).join('/');
  }
}
