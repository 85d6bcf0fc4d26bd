import { namedAsOtherId, textBefore } from './context';

/** Words for a phone number, in the languages training data is most often in (`tél`, `Telefon`, `móvil`), and the verbs that give one (`ring me`). */
const PHONE_WORDS = String.raw`\b(?:phone|tel|tél|telephone|téléphone|telefon|telefono|teléfono|tlf|mobile|mob|mobil|mobiel|móvil|movil|cell|cellular|cellulare|handy|celular|telefone|rufnummer|msisdn|landline|hotline|helpline|voicemail|call|called|calling|dial|fax|whatsapp|sms|contact|my number|(?:ring|text|txt|reach) (?:me|us|him|her|them))\b`;
const PHONE_CONTEXT = new RegExp(`${PHONE_WORDS}[^0-9]{0,16}$`);
/** A phone word earlier on the line (the 40 characters `textBefore` gives), whatever is between (`Emergency contact: Aisha Johnson, (0117) 494 8040`). */
export const PHONE_NEAR = new RegExp(`${PHONE_WORDS}[^0-9]{0,40}$`);
/** The same words labelling the number itself (`call me at`, `tel.:`, `mobile number is`): enough to take a number the library does not know. */
export const PHONE_LABEL = new RegExp(`${PHONE_WORDS}(?:[\\s.:#,"'=-]|\\b(?:me|us|him|her|them|at|on|from|via|is|my|his|their|number|no)\\b){0,12}$`);
/** A letter or symbol labelling a number on a card or signature (`M: `, `t. `, `| w: `, `📞 `). */
const SHORT_LABEL = /(?:^|[\s|,;(\[/])(?:[mtpwhco]|tel|mob|ph)(?:\.|\.?:)\s*$|(?:📞|☎️?|📱)\s*:?\s*$/;
/** A word after the number, on its line, saying what it is (`07805 119984 (mobile)`). */
const LABEL_AFTER = /^ {0,2}(?:[(\[]|- ?)?(?:mobile|mob|cell|home|work|office|tel|phone|fax|whatsapp|landline)\b/i;
/** The word right before the number makes it another field (`call_id`, `contact_type`, `phone_count`), whatever phone word came earlier. */
const OTHER_FIELD = /\b(?:id|ids|count|type|status|duration|log)\b[^a-z0-9]*$/;
/** No phone word makes an id's label a phone's (`in the call, ticket 0207 946 0958` is the ticket). */
const NO_OWN_WORDS = /(?!)/;

/** What the text around a number says of it (a phone word, a card's `M:`, another id's label), worked out only when asked. */
export class PhoneContext {
  private textBefore: string | undefined;
  private otherField: boolean | undefined;

  constructor(private readonly text: string, private readonly start: number, private readonly end: number) {}

  /** A phone word shortly before. */
  near(): boolean {
    return !this.namedOtherField() && PHONE_CONTEXT.test(this.before());
  }

  /** A phone word (or a card's `M:`, `📞`) labelling it, before or right after it. */
  labelled(): boolean {
    if (this.namedOtherField()) return false;
    const before = this.before();
    return PHONE_LABEL.test(before) || SHORT_LABEL.test(before) || LABEL_AFTER.test(this.text.slice(this.end, this.end + 16));
  }

  /** A phone word earlier on the line (or a label), and no other id's label right before. */
  onLine(): boolean {
    return !this.namedOtherField() && (PHONE_NEAR.test(this.before()) || this.labelled()) && !namedAsOtherId(this.text, this.start, NO_OWN_WORDS);
  }

  /** Named as another id (`ticket`, `ref`, `call_id`). */
  otherId(): boolean {
    return this.namedOtherField() || namedAsOtherId(this.text, this.start, NO_OWN_WORDS);
  }

  private before(): string {
    return (this.textBefore ??= textBefore(this.text, this.start, 40));
  }

  private namedOtherField(): boolean {
    return (this.otherField ??= OTHER_FIELD.test(this.before()));
  }
}

