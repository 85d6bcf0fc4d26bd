import type { ParsedDocument } from '../parse/parse-document';
import { walkScalars } from '../parse/tree';
import type { ProviderId } from '../fixes/providers';

export interface FoundReference {
  /** Variable or secret name the reference points at. */
  name: string;
  store: ProviderId;
  reference: string;
  start: number;
}

const CREDENTIAL_NAME = /(TOKEN|KEY|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|PAT)(_\d+)?$|^(HF|HUGGING_FACE_HUB|WANDB|COMET|NEPTUNE|OPENAI|ANTHROPIC|AWS|AZURE|GOOGLE)_/i;

export function looksLikeCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name);
}

/** Reference syntaxes, each with how to get the name it points at. */
const PATTERNS: { store: ProviderId; re: RegExp; name: (m: RegExpExecArray) => string }[] = [
  { store: 'environment', re: /\$\{oc\.env:([A-Za-z_][A-Za-z0-9_]*)(?:,[^}]*)?\}/g, name: (m) => m[1] },
  { store: '1password', re: /op:\/\/[^\s"'/]+\/([^\s"'/]+)\/[^\s"']+/g, name: (m) => m[1] },
  { store: 'vault', re: /vault:\/\/[^\s"'#]*\/([^\s"'/#]+)(?:#[^\s"']*)?/g, name: (m) => m[1] },
  { store: 'aws-secrets-manager', re: /arn:aws[\w-]*:secretsmanager:[^\s"':]*:[^\s"':]*:secret:([^\s"']+)/g, name: (m) => m[1] },
  { store: 'gcp-secret-manager', re: /projects\/[^\s"'/]+\/secrets\/([^\s"'/]+)(?:\/versions\/[^\s"'/]+)?/g, name: (m) => m[1] },
  { store: 'azure-key-vault', re: /https:\/\/[\w-]+\.vault\.azure\.net\/secrets\/([\w-]+)[^\s"']*/g, name: (m) => m[1] },
  { store: 'azure-key-vault', re: /@Microsoft\.KeyVault\([^)]*SecretName=([\w-]+)[^)]*\)/g, name: (m) => m[1] },
  { store: 'doppler', re: /doppler:\/\/[^\s"']*\/([^\s"'/]+)/g, name: (m) => m[1] },
  { store: 'infisical', re: /infisical:\/\/[^\s"']*\/([^\s"'/]+)/g, name: (m) => m[1] },
  { store: 'environment', re: /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Z_][A-Z0-9_]*)\b/g, name: (m) => m[1] ?? m[2] },
];

/** Every reference to a credential in a string, with its offset in the document. */
export function referencesIn(value: string, offset: number): FoundReference[] {
  const found: FoundReference[] = [];
  const taken: [number, number][] = [];
  for (const { store, re, name } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      const at = m.index;
      if (taken.some(([s, e]) => at < e && at + m![0].length > s)) continue;
      taken.push([at, at + m[0].length]);
      const target = name(m);
      if (store === 'environment' && !looksLikeCredentialName(target)) continue;
      found.push({ name: target, store, reference: m[0], start: offset + at });
    }
  }
  return found;
}

/**
 * References in a structured document, plus the env-block entries left empty for the launcher
 * to fill (`envs: {HF_TOKEN: null}`), which name a credential supplied at launch.
 */
export function findReferences(doc: ParsedDocument): FoundReference[] {
  const found: FoundReference[] = [];
  for (const root of doc.tree.roots) {
    for (const { node, path } of walkScalars(root)) {
      const key = path[path.length - 1];
      if (typeof node.value === 'string') found.push(...referencesIn(node.value, node.start));
      else if (node.value === null && typeof key === 'string' && /^(env|envs|environment|secrets)$/i.test(String(path[path.length - 2] ?? '')) && looksLikeCredentialName(key)) {
        found.push({ name: key, store: 'environment', reference: `${key} (supplied at launch)`, start: node.start });
      }
    }
  }
  return found;
}
