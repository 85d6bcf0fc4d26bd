import type { Syntax } from '../types';

/** Decide how a file is written from its name, falling back to a look at its first character. */
export function detectSyntax(path: string, text: string): Syntax {
  const name = path.split('/').pop()!.toLowerCase();
  if (/\.ya?ml$/.test(name)) return 'yaml';
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (/\.(json|jsonld|ipynb)$/.test(name)) return 'json';
  if (/\.(csv|tsv)$/.test(name)) return 'csv'; // a TSV file is CSV with tabs (csv-delimiter.ts)
  if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env')) return 'env';
  if (/\.toml$/.test(name)) return 'toml';
  if (name === '.netrc' || name === '_netrc') return 'netrc';
  if (/\.(ini|cfg|conf)$/.test(name) || name === '.pypirc' || name === 'credentials') return 'ini'; // AWS's shared credentials file
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') return 'json';
  return 'text';
}
