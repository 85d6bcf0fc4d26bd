/**
 * Where a dataset record's text may assign a credential (inline-assignments.ts finds the
 * assignments, the keyed detectors judge name and value): the keyword pass of the dataset scan
 * sends the records holding one of these to the engine. A prefilter: each pattern admits every
 * assignment the engine can report, written raw or inside a JSON string (`\"`), and more.
 */
export interface AssignmentTrigger {
  /** Lower-case literals every match starts with. */
  readonly keywords: readonly string[];
  readonly pattern: RegExp;
}

/**
 * How the names the keyed detectors watch end (`WANDB_API_KEY`, `client_secret`, `db_pass`,
 * `refresh_token`, `credentials`, `GH_PAT`...); a test holds this to the detectors' names.
 */
export const CREDENTIAL_NAME_ENDINGS = ['key', 'token', 'secret', 'pass', 'passwd', 'password', 'passphrase', 'pwd', 'credential', 'credentials', 'auth', 'pat'] as const;

const VALUE_START = '[^\\s"\'`,;()[\\]{}<>\\\\]';

/** In a record's raw JSON text, `"name":` is a key of the record, read as one by the scan (a quote inside a string is escaped). */
const NOT_A_RECORD_KEY = '(?!"[ \\t]{0,3}:)';

/** What may follow a credential name before its value: an operator, a space, a closing quote or bracket. */
const AFTER_NAME = ['=', ':', ' ', '\t', '\\', "'", '"', ']', '`'];

/**
 * `NAME = value` with the name ending in `ending`, a closing quote or bracket between
 * (`os.environ[\"NAME\"] = …`), but not a JSON key of the record itself (`"name": …`, which the
 * scan reads as a key). The keywords hold the character after the name: a keyword of its own
 * (`token=`, `token `) keeps its own follow sets, where `token` would share a rule's
 * (`token abc…`) and, the sets being joined position by position, admit all prose after `token`.
 */
function assignmentTo(ending: string): AssignmentTrigger {
  const source = `${ending}${NOT_A_RECORD_KEY}[\\\\"'\\]\`]{0,3}[ \\t]{0,3}[=:][ \\t\\\\"'\`]{0,4}${VALUE_START}{6}`;
  return { keywords: AFTER_NAME.map((next) => ending + next), pattern: new RegExp(source, 'gi') };
}

/** `my WANDB_API_KEY is 6b1d…`, as a chat message gives it: a keyword of its own (`key is`), so `key ` keeps its follow sets. */
function sentenceAssignmentTo(ending: string): AssignmentTrigger {
  return { keywords: [`${ending} is `], pattern: new RegExp(`${ending} is [\\\\"'\`]{0,2}${VALUE_START}{6}`, 'gi') };
}

export const ASSIGNMENT_TRIGGERS: readonly AssignmentTrigger[] = [
  ...CREDENTIAL_NAME_ENDINGS.map(assignmentTo),
  ...CREDENTIAL_NAME_ENDINGS.map(sentenceAssignmentTo),
  // `--hub_token VALUE`: the flag names a credential.
  { keywords: ['--'], pattern: new RegExp(`--[\\w-]{0,60}(?:${CREDENTIAL_NAME_ENDINGS.join('|')})[ \\t=]{1,3}(?:\\\\?["'])?${VALUE_START}{6}`, 'gi') },
  // `os.environ.setdefault("NAME", "value")`, `os.putenv(…)`, `os.Setenv(…)`: the call sets a variable.
  { keywords: ['setdefault(', 'putenv(', 'setenv('], pattern: new RegExp(`(?:setdefault|putenv|setenv)\\([ \\t]{0,3}\\\\?["'][\\w.-]{1,60}\\\\?["'][ \\t]{0,3},[ \\t]{0,3}\\\\?["'\`]${VALUE_START}{6}`, 'gi') },
  // `wandb login KEY`: a login command's argument (as long as a credential).
  { keywords: ['login'], pattern: new RegExp(`login[ \\t]{1,3}(?:\\\\?["'])?${VALUE_START}{16}`, 'gi') },
];

/** The triggers on a record's decoded text, where `{"api_key": "…"}` is code in a message. */
const ANY_TRIGGER = new RegExp(ASSIGNMENT_TRIGGERS.map((trigger) => trigger.pattern.source.replace(NOT_A_RECORD_KEY, '')).join('|'), 'i');

/** Whether a record's text may assign a credential: the engine looks for assignments only then, as the dataset scan does. */
export function mayAssignCredential(text: string): boolean {
  // Every trigger holds `=`, `:`, ` is `, `--`, `login` or a call: plain searches rule out most prose before the patterns run.
  return (text.includes('=') || text.includes(':') || text.includes('--') || text.includes(' is ') || /login|env\(|setdefault\(/i.test(text)) && ANY_TRIGGER.test(text);
}
