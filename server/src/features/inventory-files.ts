import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFiles } from '../cli/walk';
import type { DocumentInput } from '../engine/parse/parse-document';
import { looksBinary } from '../engine/text/looks-binary';

const MAX_BYTES = 2 * 1024 * 1024;
const ENV_FILE = /^\.env(\..+)?$|\.env$/i;

/**
 * The files an inventory reads under `inputs`: what `tuneguard check` walks, plus the env files
 * at each folder's top, which .gitignore hides from the walk but which hold credentials.
 * `overlay` gives the unsaved text of open documents; `unsaved` adds open ones not yet on disk.
 */
export function inventoryFiles(root: string, inputs: readonly string[], overlay: (file: string) => string | undefined = () => undefined, unsaved: readonly string[] = []): DocumentInput[] {
  const { files } = collectFiles(inputs);
  const all = new Set([...files, ...unsaved]);
  for (const input of inputs) {
    const dir = isDirectory(input) ? input : undefined;
    if (!dir) continue;
    for (const name of safeList(dir)) if (ENV_FILE.test(name)) all.add(path.join(dir, name));
  }
  const documents: DocumentInput[] = [];
  for (const file of [...all].sort()) {
    const text = overlay(file) ?? readSmall(file);
    if (text === undefined) continue;
    const relative = path.relative(root, file).split(path.sep).join('/');
    documents.push({ path: relative.startsWith('..') ? file.split(path.sep).join('/') : relative, text });
  }
  return documents;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function readSmall(file: string): string | undefined {
  try {
    if (fs.statSync(file).size > MAX_BYTES) return undefined;
    const buffer = fs.readFileSync(file);
    if (looksBinary(buffer)) return undefined;
    return buffer.toString('utf8');
  } catch {
    return undefined;
  }
}
