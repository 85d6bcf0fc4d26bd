import { toPlain } from '../../policy/load-policy';
import type { TreeNode } from '../../parse/tree';
import { classifyRefValue } from '../refs/dataset-ref';
import type { ManifestRecord } from './manifest-record';
import { text } from './tuneguard-manifest-record';

/** True for Croissant JSON-LD: a schema.org Dataset whose context names the Croissant vocabulary. */
export function isCroissant(sourceText: string, root: TreeNode | undefined): boolean {
  return root?.kind === 'map' && sourceText.includes('mlcommons.org/croissant') && /"@type"\s*:\s*"(sc:|schema:)?Dataset"/.test(sourceText);
}

/** Croissant: name, licence, url, creator and distribution URLs (hub repos become hub ids). */
export function croissantRecord(file: string, root: TreeNode): ManifestRecord {
  const raw = toPlain(root) as Record<string, unknown>;
  const hubIds = new Set<string>();
  const uris = new Set<string>();
  const locations = [raw.url, raw.sameAs, ...asArray(raw.distribution).map((d) => (d as Record<string, unknown> | null)?.contentUrl)];
  for (const location of locations.flatMap(asArray)) {
    if (typeof location !== 'string') continue;
    const ref = classifyRefValue(location.replace(/\/tree\/.*$/, ''));
    if (ref?.kind === 'hub') hubIds.add(ref.value);
    else if (ref?.kind === 'uri' && !/^https?:/.test(ref.value)) uris.add(ref.value);
  }
  return {
    file, kind: 'croissant', name: text(raw.name), paths: [], hubIds: [...hubIds], uris: [...uris], llamaFactoryNames: [],
    license: licence(raw.license), source: text(raw.url) ?? text(raw.citeAs), owner: person(raw.creator) ?? person(raw.publisher),
  };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function licence(value: unknown): string | undefined {
  const first = asArray(value)[0];
  if (typeof first === 'string') return first;
  return text((first as Record<string, unknown> | undefined)?.['@id']) ?? text((first as Record<string, unknown> | undefined)?.name);
}

function person(value: unknown): string | undefined {
  const first = asArray(value)[0];
  if (typeof first === 'string') return first;
  return text((first as Record<string, unknown> | undefined)?.name);
}
