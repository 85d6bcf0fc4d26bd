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
