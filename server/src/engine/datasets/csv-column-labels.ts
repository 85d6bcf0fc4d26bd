import type { PiiDetection } from '../pii/pii-kind';
import { scanPiiText } from '../pii/scan-pii-text';
import { sensitiveField } from '../pii/sensitive-field';
import { csvFields, type CsvField } from './csv-fields';
import { forEachCsvRecord } from './csv-records';
import type { CsvDelimiter } from './csv-delimiter';

/** Digits a cell needs for its column's name to be tried as its label: every kind that needs a label is numeric (SSN, MRN, phone, date of birth: `9/9/71`, a lower-case IBAN). */
const MIN_LABELLED_DIGITS = 4;
/** What sensitive columns hold where a label decides (a bare SSN, an MRN, a national phone number, a date, an IBAN in lower case): other columns' cells (zip codes, names) are not read again. */
const LABEL_DECIDES = new Set(['government id', 'health data', 'phone number', 'date of birth', 'financial account']);

/**
 * The words a detector knows for a column named for a birth date, a phone or a bank account in any
 * language the field names cover (`geb_datum`, `födelsedatum`, `telefoon`, `cuenta_bancaria`): the
 * cell is read after them.
 */
const PLAIN_LABEL: Record<string, string> = { 'date of birth': 'date of birth', 'phone number': 'phone', 'financial account': 'IBAN' };

interface ColumnLabel {
  /** The column's name (or its plain words), in front of a cell as a JSON key is in front of its value (detectors read `date_of_birth` as words). */
  name: string;
  /** Its cells are read again with the name as their label. */
  sensitive: boolean;
}

/** A cell read again with its column's name in front (`line`), at `at` in the probe text. */
interface Probe {
  field: CsvField;
  label: ColumnLabel;
  line: string;
  at: number;
  prefix: number;
  /** The card detections the row scan made in the cell. */
  cards: PiiDetection[];
  /** The row scan's detections in the cell's record. */
  onRecord: PiiDetection[];
}

/**
 * In a CSV dataset a column's header labels its cells, as a key labels a JSON value, but the text
 * before a cell is the row's other cells. Rows whose fields line up with the header are read again
 * cell by cell with the column's name in front: a sensitive column's cells gain what the label
 * says (a bare SSN under `ssn`, a national number under `phone`, a date under `dob`), and a card
 * number the label names as another id (`order_id`) is dropped. `from`: offset of the first row;
 * `delimiter`: the file's, as its header was read with.
 * The cells go through the detectors together, one per line (no detector's context crosses a line).
 */
export function withColumnLabels(text: string, from: number, columns: readonly string[], delimiter: CsvDelimiter, detections: PiiDetection[]): PiiDetection[] {
  const labels: ColumnLabel[] = columns.map((name) => {
    const category = sensitiveField(name)?.category ?? '';
    return { name: PLAIN_LABEL[category] ?? name, sensitive: LABEL_DECIDES.has(category) };
  });
  if (!labels.some((label) => label.sensitive) && !detections.some((d) => d.kind === 'credit-card')) return detections;
  const probes = cellsToRead(text, from, labels, delimiter, detections);
  if (probes.length === 0) return detections;
  const found = scanPiiText(probes.map((probe) => probe.line).join('\n'));
  const dropped = new Set<PiiDetection>();
  const added: PiiDetection[] = [];
  let d = 0;
  for (const probe of probes) {
    // The probe's detections in its cell, placed back in the chunk's text.
    const cellStart = probe.at + probe.prefix;
    const shift = probe.field.start - cellStart;
    const inCell: PiiDetection[] = [];
    while (d < found.length && found[d].start < cellStart) d++;
    for (; d < found.length && found[d].start < cellStart + probe.field.end - probe.field.start; d++) {
      inCell.push({ ...found[d], start: found[d].start + shift, end: found[d].end + shift });
    }
    for (const card of probe.cards) {
      if (!inCell.some((c) => c.kind === 'credit-card' && c.start === card.start && c.end === card.end)) dropped.add(card);
    }
    if (!probe.label.sensitive) continue;
    for (const detection of inCell) {
      if (!probe.onRecord.some((o) => overlaps(o, detection))) added.push(detection);
    }
  }
  if (dropped.size === 0 && added.length === 0) return detections;
  return [...detections.filter((x) => !dropped.has(x)), ...added].sort((a, b) => a.start - b.start);
}

/** The cells worth reading again: those holding a card, and sensitive columns' cells with digits and no finding yet. */
function cellsToRead(text: string, from: number, labels: readonly ColumnLabel[], delimiter: CsvDelimiter, detections: readonly PiiDetection[]): Probe[] {
  const anySensitive = labels.some((label) => label.sensitive);
  const probes: Probe[] = [];
  let probeLength = 0;
  let next = 0;
  forEachCsvRecord(text, from, text.length, (recordStart, recordEnd) => {
    while (next < detections.length && detections[next].start < recordStart) next++;
    let last = next;
    while (last < detections.length && detections[last].start < recordEnd) last++;
    const onRecord = detections.slice(next, last);
    next = last;
    const to = recordEnd > recordStart && text.charCodeAt(recordEnd - 1) === 13 ? recordEnd - 1 : recordEnd;
    const fields = anySensitive || onRecord.some((d) => d.kind === 'credit-card') ? csvFields(text, recordStart, to, delimiter) : undefined;
    if (fields?.length !== labels.length) return;
    fields.forEach((field, column) => {
      const label = labels[column];
      const cards = onRecord.filter((d) => d.kind === 'credit-card' && d.start >= field.start && d.end <= field.end);
      const unread = label.sensitive && digitCount(text, field) >= MIN_LABELLED_DIGITS && !onRecord.some((o) => overlaps(o, field));
      if (cards.length === 0 && !unread) return;
      const line = `${label.name}: ${text.slice(field.start, field.end)}`;
      probes.push({ field, label, line, at: probeLength, prefix: label.name.length + 2, cards, onRecord });
      probeLength += line.length + 1;
    });
  }, delimiter);
  return probes;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function digitCount(text: string, field: CsvField): number {
  let digits = 0;
  for (let i = field.start; i < field.end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}
