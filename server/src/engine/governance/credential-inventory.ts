import { CredentialSchema, type Credential, type GovernancePolicy } from '../../../../schemas/policy-governance';
import type { ParsedDocument } from '../parse/parse-document';
import { getIn, mapGet, type TreeNode } from '../parse/tree';
import { toPlain } from '../policy/load-policy';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since the credential's last rotation, and whether that exceeds its maximum age. */
export function rotationAge(credential: Credential, defaultMaxAgeDays: number, now: Date): { days: number; maxAgeDays: number; overdue: boolean } | undefined {
  if (!credential.lastRotated) return undefined;
  const rotated = Date.parse(credential.lastRotated.slice(0, 10));
  if (Number.isNaN(rotated)) return undefined;
  const days = Math.floor((now.getTime() - rotated) / DAY_MS);
  const maxAgeDays = credential.maxAgeDays ?? defaultMaxAgeDays;
  return { days, maxAgeDays, overdue: days > maxAgeDays };
}

export function findCredential(gov: GovernancePolicy, name: string): Credential | undefined {
  return gov.credentials.inventory.find((c) => c.name === name || c.name.toUpperCase() === name.toUpperCase());
}

/** Inventory entries as written in the policy file, with their nodes (for ranges). */
export interface InventoryEntry {
  credential: Credential;
  node: TreeNode;
  name: TreeNode;
}

export function inventoryEntries(doc: ParsedDocument): { entries: InventoryEntry[]; defaultMaxAgeDays: number } {
  const root = doc.tree.roots[0];
  const list = getIn(root, ['credentials', 'inventory']);
  const maxAge = mapGet(mapGet(root, 'credentials'), 'maxAgeDays');
  const defaultMaxAgeDays = maxAge?.kind === 'scalar' && typeof maxAge.value === 'number' && maxAge.value > 0 ? maxAge.value : 90;
  const entries: InventoryEntry[] = [];
  if (list?.kind === 'seq') {
    for (const node of list.items) {
      const parsed = CredentialSchema.safeParse(node.kind === 'map' ? toPlain(node) : undefined);
      const name = mapGet(node, 'name');
      if (parsed.success && name) entries.push({ credential: parsed.data, node, name });
    }
  }
  return { entries, defaultMaxAgeDays };
}
