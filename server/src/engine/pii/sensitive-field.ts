/**
 * Field names that say a column or key holds personal data (`customer_email`, `ssn`, `dob`,
 * `patientName`), in dataset records, CSV headers and manifest schemas. Returns what the field
 * holds, or undefined. The name, unlike a value, is safe to show.
 */
export interface SensitiveField {
  category: string;
  /** 2 when the field alone makes a dataset restricted (government, financial, health ids). */
  sensitivity: 1 | 2;
}

const EXACT: Record<string, SensitiveField> = {};
const add = (names: string[], category: string, sensitivity: 1 | 2) => {
  for (const name of names) EXACT[name] = { category, sensitivity };
};
add(['ssn', 'ss_number', 'ssnumber', 'social_security', 'social_security_number', 'social_security_no', 'ssn_last4', 'ssn_last_4', 'sin', 'national_id', 'national_insurance_number', 'national_insurance_no', 'nino', 'nhs_number', 'nhs_no', 'medicare_number', 'insurance_member_id', 'health_insurance_number', 'tax_id', 'taxpayer_id', 'tax_number', 'voter_id', 'ni_number', 'personnummer', 'bsn', 'pesel', 'cpf', 'codice_fiscale', 'passport', 'passport_number', 'passport_no', 'driver_license', 'drivers_license', 'driver_license_number', 'drivers_license_number', 'driving_licence', 'driving_licence_number', 'license_number', 'licence_number', 'drivers_licence', 'driver_licence_no', 'driver_license_no', 'drivers_license_no', 'licence_no', 'dni', 'nie', 'nif', 'curp', 'rfc', 'aadhaar', 'aadhaar_number', 'pan_number', 'steuer_id', 'steuernummer', 'steueridentifikationsnummer', 'sozialversicherungsnummer', 'numero_securite_sociale', 'tfn', 'tax_file_number', 'medicare_card', 'medicare_no', 'personalausweis', 'ausweisnummer', 'reisepass', 'passnummer'], 'government id', 2);
add(['credit_card', 'credit_card_number', 'payment_card', 'payment_card_number', 'card_number', 'card_no', 'card_num', 'cc_number', 'cc_num', 'cvv', 'cvc', 'iban', 'iban_number', 'bank_account', 'bank_account_number', 'bank_account_no', 'account_number', 'account_no', 'routing_number', 'sort_code', 'rekeningnummer', 'kontonummer', 'numero_de_cuenta', 'cuenta_bancaria', 'bankverbindung', 'bankkonto', 'compte_bancaire', 'rib', 'conto_corrente', 'conta_bancaria', 'numero_iban', 'clabe', 'cbu', 'bank_details'], 'financial account', 2);
add(['mrn', 'medical_record', 'medical_record_number', 'medical_record_no', 'chart_number', 'chart_no', 'patient_id', 'patient_number', 'patientennummer', 'hospital_number', 'hospital_no', 'diagnosis', 'diagnoses', 'health_record', 'medical_history', 'medical_condition', 'health_condition', 'disability', 'prescription', 'icd10', 'icd_10', 'hiv_status', 'genetic_data'], 'health data', 2);
// GDPR article 9's special categories besides health: training on them needs an explicit basis.
add(['ethnicity', 'ethnic_origin', 'race', 'religion', 'religious_belief', 'sexual_orientation', 'political_affiliation', 'political_opinion', 'political_party', 'trade_union', 'union_membership', 'biometric', 'biometrics', 'fingerprint', 'face_embedding', 'voiceprint'], 'special-category data', 2);
add(['dob', 'date_of_birth', 'birth_date', 'birthdate', 'birthday', 'bday', 'birth_year', 'year_of_birth', 'geburtsdatum', 'geburtstag', 'fecha_nacimiento', 'fecha_de_nacimiento', 'date_naissance', 'date_de_naissance', 'data_nascita', 'data_di_nascita', 'geboortedatum', 'geboorte_datum', 'geb_datum', 'geburts_datum', 'f_nacimiento', 'fecha_nac', 'data_de_nascimento', 'data_nascimento', 'data_urodzenia', 'fodelsedatum', 'fodselsdato', 'ne_le', 'nee_le'], 'date of birth', 1);
add(['email', 'emails', 'email_addresses', 'e_mail', 'mail', 'email_address', 'mail_address', 'courriel', 'correo', 'correo_electronico', 'e_mail_adresse', 'emailadres', 'e_mailadres', 'adresse_email', 'adresse_mail'], 'email address', 1);
add(['phone', 'phones', 'phone_numbers', 'phone_number', 'phone_no', 'phone_num', 'telephone', 'mobile', 'mobile_number', 'mobile_no', 'cell_phone', 'cellphone', 'cell_number', 'tel', 'tel_no', 'fax', 'msisdn', 'contact_number', 'contact_no', 'whatsapp', 'whatsapp_number', 'numero_telephone', 'numero_de_telephone', 'telefon', 'telefonnummer', 'handynummer', 'mobilnummer', 'rufnummer', 'telefono', 'movil', 'celular', 'telefone', 'cellulare', 'telephone_number', 'telefono_movil', 'telefono_fijo', 'telefone_celular', 'telemovel', 'telefoon', 'telefoonnummer', 'mobiel', 'mobil', 'gsm', 'numero_de_telefono'], 'phone number', 1);
add(['first_name', 'last_name', 'full_name', 'surname', 'given_name', 'family_name', 'maiden_name', 'mother_maiden_name', 'firstname', 'lastname', 'fullname', 'forename', 'forenames', 'account_holder', 'vorname', 'nachname', 'prenom', 'apellido', 'apellidos', 'cognome', 'voornaam', 'achternaam', 'nom_de_famille', 'nome_completo', 'sobrenome', 'efternamn', 'fornamn', 'nazwisko', 'imie', 'nombre_completo', 'nom_complet', 'nome_cognome', 'vollstandiger_name', 'versicherungsnehmer', 'kontoinhaber', 'titular', 'karteninhaber', 'cardholder', 'cardholder_name'], 'person name', 1);
add(['address', 'street_address', 'home_address', 'postal_address', 'mailing_address', 'billing_address', 'shipping_address', 'street', 'zip', 'zipcode', 'zip_code', 'postal_code', 'postcode', 'strasse', 'adresse', 'direccion', 'endereco', 'indirizzo', 'adres', 'straat'], 'postal address', 1);
add(['nationality', 'citizenship'], 'nationality', 1);
add(['salary', 'income', 'annual_income', 'credit_score'], 'financial data', 1);
add(['ip_address', 'ip_addr', 'client_ip', 'user_ip'], 'IP address', 1);

/** Qualifiers that make a generic `name` a person's name (`patient_name`, `customerName`). */
const PERSON = new Set(['patient', 'customer', 'client', 'user', 'employee', 'person', 'member', 'contact', 'applicant', 'student', 'guardian', 'holder', 'cardholder', 'account_holder', 'recipient', 'sender', 'caller', 'candidate', 'owner', 'beneficiary', 'buyer', 'ship_to', 'bill_to', 'payee', 'payer', 'passenger', 'traveller', 'traveler', 'guest', 'tenant', 'driver', 'insured', 'policyholder', 'claimant', 'debtor', 'borrower', 'donor', 'resident', 'visitor', 'subscriber', 'emergency_contact', 'next_of_kin']);
const SUFFIX_CATEGORY: Record<string, string> = { email: 'email', phone: 'phone_number', tel: 'phone_number', telephone: 'phone_number', ssn: 'ssn', dob: 'dob', mrn: 'mrn', iban: 'iban', birthdate: 'dob', address: 'address' };

/** Words saying which of a person's addresses or numbers a field holds. */
const QUALIFIERS = new Set(['personal', 'private', 'home', 'work', 'business', 'mobile', 'portable', 'fixe', 'bureau', 'domicile', 'primary', 'secondary', 'alt', 'alternate', 'other', '1', '2', '3']);

export function sensitiveField(name: string): SensitiveField | undefined {
  const normal = withoutAccents(name).replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  if (!normal || normal.length > 64) return undefined;
  const exact = EXACT[normal];
  if (exact) return exact;
  const tokens = normal.split('_');
  const last = tokens[tokens.length - 1];
  const previous = tokens.slice(0, -1).join('_');
  if (last === 'name' && tokens.length >= 2 && (PERSON.has(tokens[tokens.length - 2]) || PERSON.has(previous))) return { category: 'person name', sensitivity: 1 };
  if (tokens.length >= 2 && PERSON.has(tokens[0])) {
    const rest = tokens.slice(1).join('_');
    if (EXACT[rest]) return EXACT[rest];
  }
  // `email_personal`, `phone_2`, `dob_primary`: the kind first, then which one.
  if (SUFFIX_CATEGORY[tokens[0]] && tokens.length >= 2 && tokens.slice(1).every((t) => QUALIFIERS.has(t))) return EXACT[SUFFIX_CATEGORY[tokens[0]]];
  const suffix = SUFFIX_CATEGORY[last];
  if (suffix && tokens.length >= 2 && !['is', 'has', 'num', 'count', 'template', 'format', 'valid', 'verified'].includes(tokens[0])) return EXACT[suffix];
  return undefined;
}

/** `Straße` as `Strasse`, `téléphone` as `telephone`, `födelsedatum` as `fodelsedatum`: headers are written both ways. */
function withoutAccents(name: string): string {
  return /[^\x00-\x7f]/.test(name) ? name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss') : name;
}
