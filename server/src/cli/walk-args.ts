/**
 * Walks a command's arguments: options as `--flag value` or `--flag=value`, everything else a
 * path. `option` handles the flags the command knows (reading a value with `value()`) and returns
 * false for the rest; an unknown option is a usage error, `-` is a path (standard input).
 */
export function walkArgs(
  rest: readonly string[],
  makeError: (message: string) => Error,
  option: (flag: string, value: () => string) => boolean,
): string[] {
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw makeError(`${flag} needs a value.`);
      return v;
    };
    if (option(flag, value)) continue;
    if (arg.startsWith('-') && arg !== '-') throw makeError(`Unknown option "${arg}".`);
    paths.push(arg);
  }
  return paths;
}
