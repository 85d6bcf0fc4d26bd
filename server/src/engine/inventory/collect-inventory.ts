import type { CredentialEntry, CredentialInventory, CredentialUse } from '../../../../schemas/credential-inventory';
import type { Policy } from '../../../../schemas/policy';
import { checkDocument } from '../check-document';
import { readEnvEntries } from '../fixes/env-file';
import { parseDocument, type DocumentInput } from '../parse/parse-document';
import { redact } from '../secrets/redact';
import { SECRET_RULES } from '../secrets/rules';
import { LineIndex } from '../text/line-index';
import { findReferences, looksLikeCredentialName, referencesIn } from './find-references';

interface Use extends CredentialUse {
  name: string;
  store: string;
  issuer?: string;
}

/** The workspace's credentials: literals, references and env-file entries, grouped by name, joined with the policy's list. */
export function collectInventory(files: readonly DocumentInput[], policy: Policy, now: Date): CredentialInventory {
  const uses: Use[] = [];
  for (const file of files) uses.push(...usesIn(file, policy));
  const listed = policy.credentials?.inventory ?? [];
  const byName = new Map<string, Use[]>();
  for (const use of uses) byName.set(use.name, [...(byName.get(use.name) ?? []), use]);
  for (const credential of listed) if (!byName.has(credential.name)) byName.set(credential.name, []);

  const credentials: CredentialEntry[] = [...byName].map(([name, group]) => {
    const policyEntry = listed.find((c) => c.name === name || group.some((u) => u.reference === c.name));
    const lastRotated = policyEntry?.lastRotated;
    const rotatedAt = lastRotated ? Date.parse(lastRotated.slice(0, 10)) : NaN;
    const stores = [...new Set([...group.map((u) => u.store), ...(policyEntry?.provider ? [policyEntry.provider] : [])])].sort();
    return {
      name,
      issuer: group.find((u) => u.issuer)?.issuer,
      stores,
      files: [...new Set(group.map((u) => u.path))].sort(),
      uses: group.map(({ name: _n, store: _s, issuer: _i, ...use }) => use),
      literals: group.filter((u) => u.kind === 'literal').length,
      owner: policyEntry?.owner,
      lastRotated,
      ageDays: Number.isNaN(rotatedAt) ? undefined : Math.floor((now.getTime() - rotatedAt) / 86_400_000),
      inPolicy: policyEntry !== undefined,
    };
  });
  credentials.sort((a, b) => b.literals - a.literals || a.name.localeCompare(b.name));
  return { generatedAt: now.toISOString(), credentials };
}

function usesIn(file: DocumentInput, policy: Policy): Use[] {
  const doc = parseDocument(file);
  const lines = new LineIndex(file.text);
  const line = (offset: number) => lines.position(offset).line + 1;
  const uses: Use[] = [];
  const isEnvFile = /(^|\/)\.env(\.[^/]*)?$|\.env$/i.test(file.path);
  for (const finding of checkDocument(file, { policy }).findings) {
    if (!finding.ruleId.startsWith('secrets/')) continue;
    const rule = SECRET_RULES.find((r) => r.id === finding.ruleId);
    const value = file.text.slice(finding.start, finding.end);
    const name = finding.fix?.variable ?? rule?.envVar ?? `${finding.ruleId} ${redact(value)}`;
    uses.push({ name, store: isEnvFile ? 'env-file' : 'literal', issuer: rule?.provider, path: file.path, line: line(finding.start), kind: isEnvFile ? 'env-file' : 'literal', format: doc.format, redacted: redact(value), ruleId: finding.ruleId });
  }
  if (isEnvFile || doc.syntax === 'env') {
    let offset = 0;
    for (const text of file.text.split('\n')) {
      const [entry] = readEnvEntries(text);
      if (entry && looksLikeCredentialName(entry[0])) {
        const refs = referencesIn(entry[1], offset + text.indexOf(entry[1]));
        if (refs.length > 0) for (const ref of refs) uses.push({ name: entry[0], store: ref.store, path: file.path, line: line(offset), kind: 'reference', format: doc.format, reference: ref.reference });
        else if (!uses.some((u) => u.line === line(offset) && u.path === file.path)) uses.push({ name: entry[0], store: 'env-file', path: file.path, line: line(offset), kind: 'env-file', format: doc.format, redacted: redact(entry[1]) });
      }
      offset += text.length + 1;
    }
    return uses;
  }
  for (const ref of findReferences(doc)) {
    uses.push({ name: ref.name, store: ref.store, path: file.path, line: line(ref.start), kind: 'reference', format: doc.format, reference: ref.reference });
  }
  return uses;
}
