/** JSON and CSV exports of the credential inventory, shared by the client's command and the CLI. */
import type { CredentialInventory } from './credential-inventory';

export function inventoryToJson(inventory: CredentialInventory): string {
  return `${JSON.stringify(inventory, null, 2)}\n`;
}

const COLUMNS = ['name', 'issuer', 'stores', 'literals', 'files', 'uses', 'owner', 'lastRotated', 'ageDays', 'inPolicy'] as const;

/** RFC 4180 CSV, one row per credential; cells starting with = + - @ are prefixed so spreadsheets do not run them. */
export function inventoryToCsv(inventory: CredentialInventory): string {
  const rows = inventory.credentials.map((c) => [
    c.name, c.issuer ?? '', c.stores.join('; '), String(c.literals), c.files.join('; '),
    c.uses.map((u) => `${u.path}:${u.line} ${u.kind}${u.reference ? ` ${u.reference}` : ''}${u.redacted ? ` ${u.redacted}` : ''}`).join('; '),
    c.owner ?? '', c.lastRotated ?? '', c.ageDays === undefined ? '' : String(c.ageDays), c.inPolicy ? 'yes' : 'no',
  ]);
  return [COLUMNS.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
