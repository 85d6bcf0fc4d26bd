import { walkScalarsBounded } from '../config-entries';
import type { RuleMeta } from '../../types';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTrainingConfig } from '../refs/extract-dataset-refs';

const meta: RuleMeta = {
  id: 'governance/plain-http-data-url',
  family: 'governance',
  title: 'Data or endpoint over plain HTTP',
  description: 'The config reads data from, or sends data to, an `http://` URL. Without TLS the data and any credentials sent with it can be read and altered on the way (a poisoned download is indistinguishable from the real one). Use `https://` or an object-store URI. Local endpoints (`localhost`, `127.0.0.1`) are not reported.',
  defaultSeverity: 'warning',
  standards: { owaspLlm: ['LLM04:2025 Data and Model Poisoning', 'LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['PR.DS-02'] },
};

const LOCAL_HOST = /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|host\.docker\.internal)([:/]|$)/i;
const DATA_OR_ENDPOINT_KEY = /data|dataset|source|path|file|url|uri|endpoint|reward|api_base|base_url|host/i;

export const plainHttpDataUrl: GovernanceRule = {
  meta,
  check({ doc, root }) {
    if (!root || !isTrainingConfig(doc)) return [];
    const findings = [];
    for (const { node, path } of walkScalarsBounded(root)) {
      if (typeof node.value !== 'string' || !/^http:\/\//i.test(node.value.trim()) || LOCAL_HOST.test(node.value.trim())) continue;
      const key = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
      if (!DATA_OR_ENDPOINT_KEY.test(key)) continue;
      const host = /^http:\/\/([^/:?#]+)/i.exec(node.value.trim())?.[1] ?? 'the host';
      findings.push(finding(meta, `\`${key}\` uses plain HTTP to \`${host}\`; use https:// so the data cannot be read or altered in transit.`, node.start, node.end));
    }
    return findings;
  },
};
