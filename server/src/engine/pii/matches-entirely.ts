/**
 * libphonenumber-js's `helpers/matchesEntirely`, compiling each metadata pattern once. The build
 * puts it in place of the library's helper (scripts/build.mjs), which builds a RegExp on every
 * call: two thirds of a phone number's parse (a North American number: 35 -> 12 us). The results
 * are the library's: the patterns carry no flags, so `test` keeps no state between calls; the
 * cache holds at most the metadata's distinct patterns.
 */
const compiled = new Map<string, RegExp>();

export default function matchesEntirely(text: string | undefined, pattern: string): boolean {
  let expression = compiled.get(pattern);
  if (!expression) {
    expression = new RegExp(`^(?:${pattern})$`);
    compiled.set(pattern, expression);
  }
  return expression.test(text || '');
}
