/** `HF-Token`, `hf.token`, `hfToken`, `HF_TOKEN` -> `hf_token`: one spelling for key patterns. */
export function normaliseKey(key: string): string {
  return key.slice(0, 100).replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[-.\s]+/g, '_');
}
