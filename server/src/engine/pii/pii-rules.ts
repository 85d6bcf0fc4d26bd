import type { RuleMeta } from '../types';
import type { PiiKind } from './pii-kind';

const LLM02 = ['LLM02:2025 Sensitive Information Disclosure'];
const NIST = ['ID.AM-07', 'PR.DS-01'];
const FIX = 'Remove or mask it before training (a fine-tuned model can reproduce its training records), or classify the dataset accordingly with "Tuneguard: Classify Dataset".';

function rule(id: string, title: string, what: string, defaultSeverity: RuleMeta['defaultSeverity']): RuleMeta {
  return { id, family: 'pii', title, description: `${what} ${FIX}`, defaultSeverity, standards: { owaspLlm: LLM02, nistCsf: NIST } };
}

export const PII_RULE_BY_KIND: Record<PiiKind, RuleMeta> = {
  'email': rule('pii/email', 'Email address in data', 'A personal email address appears in a dataset record. Documentation placeholders (example.com, example.co.uk, .test, .invalid), form filler (`na@na.com`), automated senders (`orders-noreply@…`, `notifications@…`), machine accounts (`ubuntu@ec2-…`) SSH remotes and message ids (`Message-ID: <…@mail.gmail.com>`) are not reported. Addresses with the at written out (`jo(at)mail.com`, `hugo [at] wanadoo.fr`) are.', 'warning'),
  'phone-number': rule('pii/phone-number', 'Phone number in data', 'A phone number valid for its region (checked with libphonenumber) appears in a dataset record: international `+` or `00` format, North American national format, or another country\'s national format after a phone word (also `Telefon`, `tél`, `móvil`...) or grouped as that country writes it (`07465 342457`), a chat export\'s sender or added member, or read out digit by digit after the question (`caller: four one five…`). A number named as another id (`ticket`, `ref`, `order`, `account`), an amount (`612 345 678 euros`), digits inside an IBAN, or a number in a range kept for fiction (555-01XX, 07700 900xxx, 020 7946 0xxx) or counting digits (`01 23 45 67 89`), is not reported.', 'warning'),
  'us-ssn': rule('pii/us-ssn', 'US social security number in data', 'A US social security number in the valid ranges (area 001-899 except 666, non-zero group and serial) appears in a dataset record. Nine bare digits count only after words such as "SSN" or as the answer to a question for one; read out digit by digit after such a question they count too. Published sample numbers and one repeated digit (`111-11-1111`) are not reported.', 'error'),
  'credit-card': rule('pii/credit-card', 'Payment card number in data', 'A payment card number (known issuer prefix and length, valid Luhn check digit, printed with or without spaces or dashes) appears in a dataset record. Payment providers\' published test cards (`4242 4242 4242 4242`, `4111 1111 1111 1111`, `378282246310005`) are placeholders and not reported.', 'error'),
  'iban': rule('pii/iban', 'IBAN in data', 'An international bank account number with a valid country length, BBAN format and mod-97 check digits appears in a dataset record. Documentation examples (`DE89 3704 0044 0532 0130 00`, `GB29 NWBK 6016 1331 9268 19`, counting digits such as `GB82 WEST 1234 5698 7654 32`) are not reported.', 'error'),
  'date-of-birth': rule('pii/date-of-birth', 'Date of birth in data', 'A real date directly after words such as "born", "DOB", "geb.", "né le", "date de naissance", "fecha de nacimiento", "nascido em", "urodzony", "född" or a `date_of_birth` column or field (in those languages too) appears in a dataset record (numeric dates, or month names in English, German, French, Spanish, Italian, Dutch, Portuguese, Polish or Swedish), or an old date sits beside an SSN or record number in one list (`Kim / 408-13-5217 / 11/06/1949`). Bare dates, timestamps and dates of other things (a birthday party, "DOB verified on ...") are not reported.', 'warning'),
  'medical-record-number': rule('pii/medical-record-number', 'Medical record number in data', 'A patient identifier (medical record number, patient ID, chart, NHS or Medicare number, IPP, historia clínica, prontuário, ID paziente, Patiëntnummer, Pat.-Nr. and the like, a New Zealand NHI with a valid check digit, or a FHIR identifier typed `MR`) introduced by such words or a field name, or in a patient banner (`Jane Roe, 65 y/o F (2273190, …)`), appears in a dataset record. Health data is a special category of personal data.', 'error'),
  'sensitive-field': rule('pii/sensitive-field', 'Field name of personal data', 'A record key, CSV column or manifest schema field is named for personal data (`customer_email`, `ssn`, `dob`, `patient_name`...), so the dataset most likely holds that data.', 'warning'),
};

export const CLASSIFICATION_BELOW_CONTENTS: RuleMeta = {
  id: 'pii/classification-below-contents',
  family: 'pii',
  title: 'Dataset classified below what it contains',
  description: 'The manifest\'s `classification` is lower than the personal data in the dataset requires: the kinds recorded in `pii_kinds`, sensitive `fields`, or (when the data file is small and known) a scan of the data itself. Government, financial and health identifiers (SSNs, card numbers, IBANs, medical record numbers) require the policy\'s highest level; contact data and dates of birth the level below. Raise the classification, for example with "Tuneguard: Classify Dataset".',
  defaultSeverity: 'error',
  standards: { owaspLlm: LLM02, nistCsf: ['ID.AM-05', 'PR.DS-01'] },
};

export const PII_RULES: readonly RuleMeta[] = [...Object.values(PII_RULE_BY_KIND), CLASSIFICATION_BELOW_CONTENTS];
