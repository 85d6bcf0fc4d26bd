import type { PiiDetector } from './pii-kind';
import { ibanDetector, labelledAnyCaseIbanDetector } from './iban';
import { paymentCardDetector } from './payment-card';
import { usSsnDetector } from './us-ssn';
import { medicalRecordDetector } from './medical-record';
import { patientBannerDetector } from './patient-banner';
import { hl7PatientSegmentDetector } from './hl7-patient-segment';
import { dateOfBirthDetector } from './date-of-birth';
import { otherScriptDateOfBirthDetector } from './other-script-date-of-birth';
import { sqlInsertDetector } from './sql-insert-values';
import { phoneNumberDetector } from './phone-number';
import { emailDetector } from './email';
import { obfuscatedEmailDetector, spokenEmailDetector } from './obfuscated-email';
import { spokenNumberDetector } from './spoken-number';
import { apisBirthDateDetector, pnrContactEmailDetector } from './airline-records';

/**
 * Every detector, most specific first: where two claim overlapping text, the earlier wins. Numbers
 * read out digit by digit (`spokenNumberDetector`: SSNs, cards, phones) carry the phone kind and
 * come right after the written phone detector, so the kinds keep their order.
 */
export const PII_DETECTORS: readonly PiiDetector[] = [
  ibanDetector, labelledAnyCaseIbanDetector, paymentCardDetector, usSsnDetector, medicalRecordDetector, patientBannerDetector, hl7PatientSegmentDetector, dateOfBirthDetector, otherScriptDateOfBirthDetector, apisBirthDateDetector, sqlInsertDetector, phoneNumberDetector,
  spokenNumberDetector, emailDetector, obfuscatedEmailDetector, spokenEmailDetector, pnrContactEmailDetector,
];
