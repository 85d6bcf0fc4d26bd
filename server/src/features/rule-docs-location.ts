import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_DOCS_BASE } from '../../../schemas/rule-catalogue';

/**
 * The extension ships docs/rules beside dist/, so a diagnostic's link opens the page in the
 * editor, offline. Run from elsewhere (tests from source), the public pages are used.
 */
function shippedDocsBase(): string {
  const local = join(__dirname, '..', 'docs', 'rules');
  return existsSync(local) ? `${pathToFileURL(local).href}/` : RULE_DOCS_BASE;
}

export const SHIPPED_DOCS_BASE = shippedDocsBase();
