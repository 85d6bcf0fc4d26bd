import { mapGet, scalarString, type TreeNode } from '../parse/tree';
import { countKeys, type FormatRecogniser } from './recogniser';

/**
 * MLCommons Croissant dataset metadata (JSON-LD): a schema.org Dataset with Croissant's
 * `recordSet`/`distribution`, optionally the Responsible AI (`rai:`) vocabulary.
 */
const BODY = ['recordSet', 'distribution', 'conformsTo', 'citeAs', 'license', 'url', 'version', 'datePublished', 'creator'];

export const croissant: FormatRecogniser = {
  id: 'croissant',
  label: 'Croissant dataset metadata',
  score({ syntax, root, keys, text }) {
    if (syntax !== 'json' || root?.kind !== 'map' || !keys.has('@context')) return 0;
    const context = mapGet(root, '@context');
    const croissantContext = /mlcommons\.org\/(croissant|schema)/.test(contextText(context, text));
    const conformsTo = /mlcommons\.org\/croissant/.test(scalarString(mapGet(root, 'conformsTo')) ?? '');
    const dataset = /(^|:)Dataset$/.test(scalarString(mapGet(root, '@type')) ?? '');
    if (!croissantContext && !conformsTo) return 0;
    if (!dataset && !keys.has('recordSet')) return 0;
    return Math.min(15, 8 + countKeys(keys, BODY));
  },
};

function contextText(context: TreeNode | undefined, text: string): string {
  return context ? text.slice(context.start, context.end) : '';
}
