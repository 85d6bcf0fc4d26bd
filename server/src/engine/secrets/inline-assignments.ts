import { valueSpan, type Enclosing } from './enclosing-value';
import { mayAssignCredential } from './assignment-triggers';
import { clientArguments } from './client-arguments';
import { normaliseKey } from './normalise-key';
import type { SecretCandidate } from './secret-rule';

/**
 * `NAME=value`, `name: value`, `name="value"` inside a line: shell lines, scripts, keyword
 * arguments; the name may close a quote or a subscript first (`os.environ["NAME"] = "value"`,
 * `{"name": "value"}` in code), or open a line of a unified diff (`+NAME=value`, `-NAME=value`:
 * a `-` only at a line's or a CSV cell's start, where it cannot join words).
 */
export const INLINE_ASSIGNMENT = /(?:^|[\s,;({[`"'|&+]|(?<![^\n,])-)([A-Za-z_][\w.-]{0,60})(?:["']\]?|\])?[ \t]{0,3}(?:=|:(?!\/\/))[ \t]{0,3}["'`]?([^\s"'`,;()[\]{}<>]{6,400})/g;
/** `my WANDB_API_KEY is 6b1d…`: a snake-case name given its value in a sentence. */
export const INLINE_IS_ASSIGNMENT = /(?:^|[\s,;(`"'])([A-Za-z][A-Za-z0-9]*_[\w.-]{1,60}) (?:is|was) ["'`]?([^\s"'`,;()[\]{}<>]{6,400})/g;
/** `--name value` and `-name value` command-line flags (`--name=value` is an assignment). */
export const INLINE_FLAG = /(?:^|\s)--?([A-Za-z][\w-]{0,60})[ \t]{1,3}["']?([^\s"'`,;()[\]{}<>-][^\s"'`,;()[\]{}<>]{5,399})/g;
/** `wandb login KEY`, `tool login --relogin KEY`: a login command's argument is its credential. */
export const INLINE_LOGIN = /(?:^|[\s;&|(`"'!])([A-Za-z][\w.-]{0,40})[ \t]{1,3}login(?:[ \t]{1,3}--?[A-Za-z][\w-]{0,30}){0,3}[ \t]{1,3}["']?([^\s"'`,;()[\]{}<>-][^\s"'`,;()[\]{}<>]{15,399})/g;
/** `os.environ.setdefault("NAME", "value")`, `os.putenv(…)`, Go's `os.Setenv(…)`: an environment variable set by a call. */
export const INLINE_ENV_CALL = /\b(?:setdefault|putenv|[Ss]etenv)\([ \t]{0,3}["']([A-Za-z_][\w.-]{0,60})["'][ \t]{0,3},[ \t]{0,3}["'`]([^\s"'`,;()[\]{}<>]{6,400})/g;
/**
 * A password given as a command's argument where no name precedes it as a flag does: MySQL's glued
 * `-pSECRET`, and the password half of curl's `-u user:password`.
 */
export const INLINE_PASSWORD_ARGUMENTS: readonly RegExp[] = [
  /(?:^|[\s;&|(`"'])(?:mysql|mysqldump|mysqladmin|mysqlimport|mariadb|mariadb-dump)(?:[ \t][^\n;&|]{0,200}?)?[ \t]-p([^\s"'`;|&<>-][^\s"'`;|&<>]{3,127})/g,
  /(?:^|[\s;&|(`"'])curl(?:[ \t][^\n;&|]{0,300}?)?[ \t](?:-u|--user)[ \t]{1,3}["']?[^\s:"'`]{1,64}:([^\s"'`;|&<>]{4,256})/g,
];
/** The function a keyword argument is passed to: `wandb.login(` before `key="…"`. */
const CALL_OPENING = /([A-Za-z_][\w.]{0,60})\([^()]{0,200}$/;



/**
 * Values assigned to a name inside free text, each a candidate under that name, so the rules
 * that need a credential key (`WANDB_API_KEY`, `hub_token`, `api_key`...) see one in a script
 * or a command line too. The whole text is still a candidate of its own for the shape rules.
 * The context holds what the name belongs to: the function a keyword argument is passed to
 * (`wandb.login(key=…)`), the tool of a login command (`wandb login …`, named `key`). A
 * provider client's positional credential (`cohere.ClientV2("…")`) is assigned to the variable it stands for.
 */
export function* inlineAssignments(text: string, where: Enclosing): Generator<SecretCandidate> {
  if (text.length > 100_000) return; // one huge line: the shape rules still see it
  yield* clientArguments(text, where);
  yield* passwordArguments(text, where);
  if (where.names && !mayAssignCredential(text)) return; // a record's prose
  for (const pattern of [INLINE_ASSIGNMENT, INLINE_IS_ASSIGNMENT, INLINE_ENV_CALL, INLINE_FLAG, INLINE_LOGIN]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const [whole, name, value] = m;
      const at = m.index;
      const inText = at + whole.length - value.length;
      // The value may hold the next assignment (`env: HF_TOKEN=…`): go on from its start, at the delimiter before it.
      pattern.lastIndex = inText - 1;
      const login = pattern === INLINE_LOGIN;
      const key = login ? 'key' : name;
      if (where.names && !where.names(key)) continue;
      const { start, end } = valueSpan(where, inText, value.length);
      const owner = login ? `${name}_login` : pattern === INLINE_ASSIGNMENT ? calledFunction(text, at) : undefined;
      const keys = [where.keys, owner && normaliseKey(owner), normaliseKey(key)].filter(Boolean).join('/');
      yield { value, start, end, path: where.path, key, context: `${keys}|${where.component}` };
    }
  }
}

/** `INLINE_PASSWORD_ARGUMENTS`' passwords, named `password`; specific enough to be looked for in a record's prose too. */
function* passwordArguments(text: string, where: Enclosing): Generator<SecretCandidate> {
  for (const pattern of INLINE_PASSWORD_ARGUMENTS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const value = m[1];
      const { start, end } = valueSpan(where, m.index + m[0].length - value.length, value.length);
      yield { value, start, end, path: where.path, key: 'password', context: `${where.keys ? `${where.keys}/` : ''}password|${where.component}` };
    }
  }
}

function calledFunction(text: string, at: number): string | undefined {
  if (text.lastIndexOf('(', at) < 0) return undefined;
  return CALL_OPENING.exec(text.slice(Math.max(0, at - 260), at + 1))?.[1];
}
