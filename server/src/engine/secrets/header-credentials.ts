import { looksRandom, shannonEntropy } from './checks';

/** `Authorization: Token `, `"Authorization": "Bearer `, `authorization=Basic `: the header named right before its scheme. */
export const HEADER_BEFORE_SCHEME = /authorization["'\]]?[ \t]{0,3}[:=,][ \t]{0,3}["'`]?[ \t]{0,3}(?:bearer|basic|token)\s{1,3}$/i;

/** Whether the scheme before `index` in `value` is that of a named Authorization header. */
export function namesHeader(value: string, index: number): boolean {
  return HEADER_BEFORE_SCHEME.test(value.slice(Math.max(0, index - 60), index));
}

/**
 * A credential where a header names it (`Authorization: Token …`, a value under an `Authorization`
 * key): any random-looking value. Hexadecimal ones (Django REST Framework and Label Studio tokens
 * are 40 hex characters) are judged as hex: 16 symbols cannot reach the entropy of mixed ones. A
 * scheme word alone in prose (`the token …`) keeps the stricter bar of its rule.
 */
export function headerCredential(credential: string): boolean {
  if (/^[a-f0-9]+$/i.test(credential)) return credential.length >= 32 && shannonEntropy(credential) >= 3;
  return looksRandom(credential, 3.3);
}
