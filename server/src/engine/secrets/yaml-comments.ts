/** A whole-line YAML comment: the `#` and what follows it. */
const COMMENT_LINE = /^[ \t]*#/;

/**
 * The whole-line comments of a YAML document as line text, at their offsets, everything else
 * blanked (line breaks kept): `# hf_token: hf_…` reads `  hf_token: hf_…`. The tree holds no
 * comments, yet a commented-out credential is still in the file. Lines of a block scalar that
 * start with `#` are read here too; the tree reads them as well, and overlaps count once.
 */
export function yamlCommentText(text: string): string | undefined {
  if (!text.includes('#')) return undefined;
  const out: string[] = [];
  let any = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const hash = COMMENT_LINE.test(line) ? line.indexOf('#') : -1;
    if (hash >= 0) {
      any = true;
      out.push(' '.repeat(hash + 1) + line.slice(hash + 1));
    } else {
      out.push(' '.repeat(line.length));
    }
    lineStart = lineEnd + 1;
  }
  return any ? out.join('\n') : undefined;
}
