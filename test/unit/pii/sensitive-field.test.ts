import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sensitiveField } from '../../../server/src/engine/pii/sensitive-field';

test('field names of personal data, in any casing', () => {
  for (const name of ['customer_email', 'ssn', 'dob', 'patient_name', 'patientName', 'Date of Birth', 'card_number', 'home_address', 'user_phone']) {
    assert.ok(sensitiveField(name), name);
  }
  assert.equal(sensitiveField('ssn')!.sensitivity, 2);
  assert.equal(sensitiveField('customer_email')!.sensitivity, 1);
});

test('ordinary field names are not sensitive', () => {
  for (const name of ['name', 'model_name', 'messages', 'content', 'role', 'email_template', 'is_email_verified', 'dataset_name', 'address_space']) {
    assert.equal(sensitiveField(name), undefined, name);
  }
});

test('GDPR special categories, partial and national ids, zip codes and pay are sensitive too; special categories restrict', () => {
  for (const name of ['ethnicity', 'patient_religion', 'sexualOrientation', 'political_affiliation', 'face_embedding']) {
    assert.deepEqual(sensitiveField(name), { category: 'special-category data', sensitivity: 2 }, name);
  }
  for (const name of ['ssn_last4', 'drivers_license_number', 'nhs_number', 'cc_num', 'account_no', 'mobile_no', 'customer_zip', 'postal_code', 'salary', 'birth_year']) {
    assert.ok(sensitiveField(name), name);
  }
  for (const name of ['zip_file', 'is_zip', 'race_condition', 'salary_band_count']) assert.equal(sensitiveField(name), undefined, name);
});

test('short and non-English field names: mail, tel, msisdn, bday, Telefon, Geburtsdatum, fecha_nacimiento', () => {
  for (const [name, category] of [
    ['mail', 'email address'], ['tel', 'phone number'], ['cell_number', 'phone number'], ['msisdn', 'phone number'], ['Telefon', 'phone number'],
    ['bday', 'date of birth'], ['Geburtsdatum', 'date of birth'], ['fecha_nacimiento', 'date of birth'],
    ['paymentCard', 'financial account'], ['ibanNumber', 'financial account'], ['chart_number', 'health data'], ['ss_number', 'government id'],
    ['Geb.-Datum', 'date of birth'], ['geb_datum', 'date of birth'], ['födelsedatum', 'date of birth'], ['né_le', 'date of birth'], ['téléphone', 'phone number'],
    ['telefono_movil', 'phone number'], ['E-Mail-Adresse', 'email address'], ['Straße', 'postal address'], ['voornaam', 'person name'], ['ship_to_name', 'person name'],
    ['NI Number', 'government id'], ['Forename', 'person name'], ['Email (personal)', 'email address'], ['phone_2', 'phone number'], ['tel_portable', 'phone number'], ['rekeningnummer', 'financial account'],
    ['Handynummer', 'phone number'], ['mobilnummer', 'phone number'], ['insurance_member_id', 'government id'], ['nationality', 'nationality'], ['customer_citizenship', 'nationality'],
  ]) assert.equal(sensitiveField(name)?.category, category, name);
  // Words that name other things as often: a biology table's `cell`, a camera's `pan`, French `nombre` (a number).
  for (const name of ['mail_template', 'cell_count', 'tel_prefix_format', 'pan_offset', 'cell', 'pan', 'nombre', 'handy', 'email_template', 'phone_format', 'dob_unknown']) assert.equal(sensitiveField(name), undefined, name);
});

test('contact and messaging numbers, hospital numbers and names in other languages are sensitive fields', () => {
  for (const [name, category] of [
    ['contact_number', 'phone number'], ['whatsapp', 'phone number'], ['numero_telephone', 'phone number'], ['hospital_number', 'health data'],
    ['candidate_name', 'person name'], ['account_holder', 'person name'], ['cognome', 'person name'], ['prenom', 'person name'],
  ]) assert.equal(sensitiveField(name)?.category, category, name);
});
