import type { PiiDetector } from './pii-kind';
import { ibanDetector } from './iban';
import { paymentCardDetector } from './payment-card';
import { usSsnDetector } from './us-ssn';
import { medicalRecordDetector } from './medical-record';
import { dateOfBirthDetector } from './date-of-birth';
import { phoneNumberDetector } from './phone-number';
import { emailDetector } from './email';

/** Every detector, most specific first: where two claim overlapping text, the earlier wins. */
export const PII_DETECTORS: readonly PiiDetector[] = [
  ibanDetector, paymentCardDetector, usSsnDetector, medicalRecordDetector, dateOfBirthDetector, phoneNumberDetector, emailDetector,
];
