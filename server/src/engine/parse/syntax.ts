import type { Syntax } from '../types';

/** Decide how a file is written from its name, falling back to a look at its first character. */
export function detectSyntax(path: string, text: string): Syntax {
  const name = path.split('/').pop()!.toLowerCase();
  if (/\.ya?ml$/.test(name)) return 'yaml';
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (/\.(json|jsonld|ipynb|tfstate|tfstate\.backup)$/.test(name)) return 'json';
  if (/\.(csv|tsv)$/.test(name)) return 'csv'; // a TSV file is CSV with tabs (csv-delimiter.ts)
  if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env') || name === '.envrc') return 'env'; // direnv's .envrc: export lines
  if (/\.toml$/.test(name)) return 'toml';
  if (name === '.netrc' || name === '_netrc') return 'netrc';
  if (/\.(ini|cfg|conf)$/.test(name) || INI_FILE_NAMES.has(name)) return 'ini';
  const start = text.trimStart();
  if (start[0] === '{') return 'json';
  if (start[0] === '[') return INI_SECTION.test(start) && INI_ENTRY.test(start) ? 'ini' : 'json'; // `.dvc/config`'s `[core]`, or a JSON array
  return 'text';
}

/** INI files named without an extension: AWS's shared credentials, PyPI's, Databricks', Comet's, s3cmd's, boto's, MySQL's. */
const INI_FILE_NAMES = new Set(['credentials', '.pypirc', '.databrickscfg', '.comet.config', '.s3cfg', '.boto', '.my.cnf']);
/** A first line that opens an INI section (`[core]`, `['remote "storage"']`), and an entry below it. */
const INI_SECTION = /^\[[^\]\n{}]{1,100}\][ \t]*\r?\n/;
const INI_ENTRY = /\n[ \t]*[\w.-]+[ \t]*=/;
