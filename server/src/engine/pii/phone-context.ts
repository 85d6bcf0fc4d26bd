import type { CountryCode } from 'libphonenumber-js';
import { namedAsOtherId, textBefore } from './context';
import { orEscaped } from './escaped-letters';

/**
 * Words for a phone number, in the languages training data is most often in (`tél`, `Telefon`, `móvil`,
 * `GSM`), the verbs that give one (`ring me`, `llamar al`, `bel me`, `rappeler au`) and the labels it
 * comes with (`next of kin`, `Kontakt`).
 */
const PHONE_WORD_LIST = [
  'phone', 'tel', 'tél', 'telephone', 'téléphone', 'telefon', 'telefono', 'teléfono', 'tlf', 'mobile', 'mob', 'mobil', 'mobiel', 'móvil', 'movil',
  'telemóvel', 'telemovel', 'gsm', 'fijo', 'cell', 'cellular', 'cellulare', 'handy', 'celular', 'telefone', 'rufnummer', 'msisdn', 'landline',
  'hotline', 'helpline', 'voicemail', 'call', 'called', 'calling', 'call back', 'callback', 'dial', 'fax', 'whatsapp', 'sms', 'contact',
  'contacto', 'contatto', 'kontakt', 'kontaktu', 'angehörige', 'next of kin', 'nok(?= ?:)', 'direct line', 'direct dial',
  'my number', 'new number', 'best number', '(?:ring|text|txt|reach) (?:me|us|him|her|them)', 'ring mig', 'bel me', 'bel mij', 'bellen',
  'llamar', 'llámame', 'llamame', 'llama', 'llamando', 'marca', 'rappeler', 'appeler', 'appelez', 'appelle', 'compose', 'rufe', 'ring',
  'handynummer', 'telefonnummer', 'mobilnummer', 'portable', 'tlm', 'numer', 'chiamare', 'chiamami', 'ligar', 'ligue', 'anrufen', 'ruf mich', 'ruf', 'zadzwoń', 'dzwoń', 'dzwon', 'arayın', 'arayin', 'línea', 'linea',
  'telefoon', 'telefoonnummer', 'komórka', 'komórkowy', 'telepon', 'telp', 'cep', 'nomor hp', 'hp(?= ?:)', '[ab][ -]party', 'caller', 'callee',
  'calling number', 'called number', 'dialled', 'dialed', 'cel', 'celu', 'alt number', 'alternate number', 'rang', 'llamó', 'llamo', 'ligou', 'appelé', 'angerufen',
  'rückruf', 'rueckruf', 'erreichbar', "['’]s number", "['’]s (?:new |old )?(?:mobile|cell|phone) number", 'rufen',
  '(?:his|her|their|your|our) (?:new |old |mobile |cell |phone )?number', '(?:home|work|office|landline|contact|callback|call-back) (?:number|no|nr)', 'cp no', '(?:my|his|her|their|your|our) (?:new |old )?num(?= ?:)', 'zap', 'whats', 'wpp',
];
/**
 * The same in scripts without `\b`: Japanese, Chinese, Korean, Arabic, Hebrew, Russian, Greek, Hindi,
 * Thai and Vietnamese. Words of scripts that write no spaces between words may touch the next word.
 */
const OTHER_SCRIPT_PHONE_WORDS = [
  '電話', '电话', '携帯', '手机', '手機', '連絡先', '联系方式', '聯絡方式', '전화', '연락처', '휴대폰', '핸드폰', 'هاتف', 'جوال', 'موبايل', 'تلفون',
  'واتساب', 'טלפון', 'נייד', 'טל', 'телефон', 'тел', 'моб', 'мобильный', 'сотовый', 'τηλέφωνο', 'τηλ', 'κινητό', 'फ़ोन', 'फ़ोन', 'फोन', 'मोबाइल',
  'संपर्क', 'โทร', 'เบอร์', 'มือถือ', 'điện thoại', 'sđt', 'đt',
];
/** Ends like `\b`, also after a letter `\b` does not know (`zadzwoń`, `телефон`). */
const PHONE_WORDS = String.raw`(?:\b(?:${orEscaped(PHONE_WORD_LIST.join('|'))})|(?<![\wÀ-žЀ-ӿ])(?:${orEscaped(OTHER_SCRIPT_PHONE_WORDS.join('|'))}))(?![\wÀ-žЀ-ӿ])`;
const PHONE_CONTEXT = new RegExp(`${PHONE_WORDS}[^0-9]{0,16}$`);
/** A phone word earlier on the line (the 40 characters `textBefore` gives), whatever is between (`Emergency contact: Aisha Johnson, (0117) 494 8040`). */
export const PHONE_NEAR = new RegExp(`${PHONE_WORDS}[^0-9]{0,40}$`);
/** Words between a phone word and its number (`call me at`, `mobile changed to`, `Mi móvil es`, `bel me op`). */
const LABEL_FILLERS = 'me|us|him|her|them|at|on|to|from|via|is|my|his|their|number|no|changed|nummer|numero|para|al|au|op|auf|unter|sur|es|est|ist|mi|mon|ma|mein|meine|mijn|mudou|cambiado|change';
/**
 * "Number" and "is" in the scripts of `OTHER_SCRIPT_PHONE_WORDS` (`手机号码`, `電話番号は`, `전화번호`, `رقم`, `номер`);
 * not `orEscaped`: five optional spaces per letter, beside the spaces between words, make the pattern ambiguous.
 */
const OTHER_SCRIPT_FILLERS = ['号码', '號碼', '号', '號', '番号', 'は', '번호', '는', '은', 'رقم', 'номер', 'αριθμός', 'नंबर', 'नम्बर', 'เบอร์', 'số'].join('|');
/** The same words labelling the number itself (`call me at`, `tel.:`, `mobile number is`): enough to take a number the library does not know. */
export const PHONE_LABEL = new RegExp(`${PHONE_WORDS}(?:[\\s.:#,"'=-]|\\b(?:${LABEL_FILLERS})\\b|${OTHER_SCRIPT_FILLERS}){0,12}$`);
/** A letter, word or symbol labelling a number on a card or signature (`M: `, `t. `, `| w: `, `<br>Direct: `, `📞 `). */
const SHORT_LABEL = /(?:^|[\s|,;(\[/>])(?:[mtpwhcod]|tel|mob|ph|direct|office)(?:\.|\.?:)\s*$|(?:📞|☎️?|📱)\s*:?\s*$/;
/** A contact's relation in parentheses right before the number (`Zofia Szymańska (brother) 515 611 461`): an emergency contact's. */
const RELATION_BEFORE = /\((?:mother|father|mum|mom|dad|parent|brother|sister|sibling|spouse|partner|husband|wife|son|daughter|friend|neighbou?r|guardian|carer|caregiver)\)\s*$/;
/** A contact's name and a comma before the number (`NOK: Amelia Barraclough, 02036181038`, `Osoba do kontaktu: Tomasz Nowak, 534 668 925`). */
const CONTACT_NAME = new RegExp(`(?:contact|contacto|contatto|kontakt|kontaktu|${orEscaped('angehörige')}|next of kin|nok)[^\\n:]{0,16}: ?(?:\\p{L}[\\p{L}'’.-]* ){0,3}\\p{L}[\\p{L}'’.-]*, ?$`, 'u');
/** A word after the number, on its line, saying what it is (`07805 119984 (mobile)`). */
const LABEL_AFTER = /^ {0,2}(?:[(\[]|- ?)?(?:mobile|mob|cell|home|work|office|tel|phone|fax|whatsapp|landline)\b/i;
/**
 * The sender of a chat export's line (`12/04/24, 19:09 - 687 964 102: …`, `[03/11/2020, 4:34:44] …:`)
 * or the member a group added or removed: the app writes the number where it has no name.
 */
export const CHAT_SENDER = /\[?\d{1,2}[\/.-]\d{1,2}[\/.-]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?(?:\] | - )$/;
const CHAT_MEMBER = /\b(?:added|removed)\s$/;
/** What ends a member's number: the line (also a JSON-escaped one, or the dataset scan's tab for it), the string, or the next member. */
const MEMBER_END = /^(?: ?$| ?[\r\n\t"]|\\n|,? and |, )/;
/** An email address before the number (`reach me at jo79@mail.com or 0467 009 756`): its digits are no number's. */
const EMAIL_ADDRESS = /[\w.+%-]+@[\w-]+(?:\.[\w-]+)+/g;
/** The word right before the number makes it another field (`call_id`, `contact_type`, `phone_count`), whatever phone word came earlier. */
const OTHER_FIELD = /\b(?:id|ids|count|type|status|duration|log)\b[^a-z0-9]*$/;
/** No phone word makes an id's label a phone's (`in the call, ticket 0207 946 0958` is the ticket). */
const NO_OWN_WORDS = /(?!)/;

/** A script, and the regions whose national numbers are tried first after words in it (most specific scripts first). */
const SCRIPT_REGIONS: readonly [RegExp, readonly CountryCode[]][] = [
  [/[\u3040-\u30ff]/, ['JP']],
  [/[\uac00-\ud7af]/, ['KR']],
  [/[\u4e00-\u9fff]/, ['CN', 'TW', 'HK', 'JP']],
  [/[\u0600-\u06ff]/, ['SA', 'AE', 'EG', 'MA', 'JO', 'KW', 'QA', 'IQ', 'DZ']],
  [/[\u0590-\u05ff]/, ['IL']],
  [/[\u0400-\u04ff]/, ['RU', 'UA', 'BY', 'KZ']],
  [/[\u0370-\u03ff]/, ['GR', 'CY']],
  [/[\u0900-\u097f]/, ['IN']],
  [/[\u0e00-\u0e7f]/, ['TH']],
  [/[\u1ea0-\u1ef9]/, ['VN']],
];
/** Any of those scripts: one look before trying them one by one. */
const NOT_LATIN = new RegExp(`[${SCRIPT_REGIONS.map(([script]) => script.source.slice(1, -1)).join('')}]`);

/** A pretty-printed JSON value under a key that says nothing of it (`"value": "`), alone on its line. */
const GENERIC_VALUE_KEY = /^\s*"(?:value|number|num|val|v)"\s?:\s?"?$/;
/** How far back the lines above such a value are read (its object's other keys, the array's key). */
const STRUCTURE_REACH = 120;

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
    return PHONE_LABEL.test(before) || SHORT_LABEL.test(before) || CONTACT_NAME.test(before) || RELATION_BEFORE.test(before) || LABEL_AFTER.test(this.text.slice(this.end, this.end + 16))
      || (CHAT_SENDER.test(before) && this.text[this.end] === ':') || (CHAT_MEMBER.test(before) && MEMBER_END.test(this.text.slice(this.end, this.end + 6)));
  }

  /** A phone word earlier on the line (or a label), and no other id's label right before. */
  onLine(): boolean {
    return !this.namedOtherField() && (PHONE_NEAR.test(this.before()) || this.labelled()) && !namedAsOtherId(this.text, this.start, NO_OWN_WORDS);
  }

  /** Named as another id (`ticket`, `ref`, `call_id`). */
  otherId(): boolean {
    return this.namedOtherField() || namedAsOtherId(this.text, this.start, NO_OWN_WORDS);
  }

  /**
   * Regions the script of the words before the number suggests (Hangul: Korea; Arabic: the Gulf and
   * Egypt), tried before the usual ones: a national number is valid in several regions, and read in
   * the wrong one it may be in none.
   */
  scriptRegions(): readonly CountryCode[] {
    const before = this.before();
    if (!NOT_LATIN.test(before)) return [];
    for (const [script, regions] of SCRIPT_REGIONS) if (script.test(before)) return regions;
    return [];
  }

  private before(): string {
    if (this.textBefore === undefined) {
      let before = textBefore(this.text, this.start, 40);
      // `"value": "30 21 87 42"` under `"phones": [{"kind": "mobile",` a line or two up: the record's structure labels it.
      if (GENERIC_VALUE_KEY.test(before)) before = this.text.slice(Math.max(0, this.start - STRUCTURE_REACH), this.start).replace(/\s+/g, ' ').toLowerCase();
      this.textBefore = before.includes('@') ? before.replace(EMAIL_ADDRESS, 'email') : before;
    }
    return this.textBefore;
  }

  private namedOtherField(): boolean {
    return (this.otherField ??= OTHER_FIELD.test(this.before()));
  }
}

