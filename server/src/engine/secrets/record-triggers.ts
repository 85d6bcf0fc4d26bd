import { ASSIGNMENT_TRIGGERS, CREDENTIAL_NAME_ENDINGS, type AssignmentTrigger } from './assignment-triggers';

const VALUE_START = '[^\\s"\'`,;()[\\]{}<>\\\\]';

/**
 * Blanks, quotes and JSON escapes before a literal (`(\"`, `( ""`, `, '`), one set of five
 * characters: the keyword pass reads a pattern's leading literals only up to such a set, and the
 * combinations of smaller sets would be too many to follow.
 */
const BEFORE_LITERAL = '[ \\t\\\\"\'`]{1,5}';

/**
 * `cohere.ClientV2("…")`, `Client(account_sid, \"…\")`, `Mistral(""…"")` in raw record text: a
 * provider client called with a literal first or second argument (client-arguments.ts judges
 * the call), the quote written raw, JSON-escaped or doubled by CSV.
 */
const CLIENT_CALLS = ['client', 'clientv2', 'groq', 'mistral', 'mistralclient'];
const CLIENT_ARGUMENT_TRIGGERS: AssignmentTrigger[] = [
  { keywords: CLIENT_CALLS.map((call) => `${call}(`), pattern: new RegExp(`(?:${CLIENT_CALLS.join('|')})\\(${BEFORE_LITERAL}${VALUE_START}{6}`, 'gi') },
  { keywords: ['client('], pattern: new RegExp(`client\\([^,()\\n]{1,80},${BEFORE_LITERAL}${VALUE_START}{6}`, 'gi') },
];

/**
 * `WANDB_API_KEY,6b1d…`, `WANDB_API_KEY;6b1d…` or `"HF_TOKEN","hf_…"`: a CSV cell naming a credential
 * variable, its value in the next cell (csv-name-value-cells.ts). The keywords hold the delimiter
 * (`,` `;` tab `|`) or the closing quote.
 */
const CSV_NAME_CELL_TRIGGER: AssignmentTrigger = {
  keywords: CREDENTIAL_NAME_ENDINGS.flatMap((ending) => [',', ';', '\t', '|', '"'].map((after) => `_${ending}${after}`)),
  pattern: new RegExp(`_(?:${CREDENTIAL_NAME_ENDINGS.join('|')})[ \\t"',;|]{1,5}${VALUE_START}{6}`, 'gi'),
};

/** `mysql -u ml -pS3cret`, `curl -u api:key-…` in a shell history or an agent's trace (inline-assignments.ts reads them). */
const PASSWORD_ARGUMENT_TRIGGERS: AssignmentTrigger[] = [
  { keywords: ['mysql', 'mariadb'], pattern: /(?:mysql|mariadb)[\w-]{0,7}(?:[ \t][^\n;&|]{0,200}?)?[ \t]-p[^\s"'`;|&<>\\-]/gi },
  { keywords: ['curl'], pattern: /curl(?:[ \t][^\n;&|]{0,300}?)?[ \t](?:-u|--user)[ \t]{1,3}["']?[^\s:"'`]{1,64}:[^\s"'`;|&<>]{4}/gi },
];

/**
 * What sends a dataset record to the engine besides the rules' own keywords: assignments to
 * credential names, provider clients called with a literal, CSV cells naming a credential, passwords
 * given to a database client or curl.
 */
export const RECORD_TRIGGERS: readonly AssignmentTrigger[] = [...ASSIGNMENT_TRIGGERS, ...CLIENT_ARGUMENT_TRIGGERS, CSV_NAME_CELL_TRIGGER, ...PASSWORD_ARGUMENT_TRIGGERS];
