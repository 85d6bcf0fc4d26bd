import { neutralizeCsvQuotes } from '../datasets/csv-quotes';
import type { ParsedDocument } from '../parse/parse-document';

/**
 * The document's text as the secret detectors read it, with the same offsets: a CSV cell's
 * doubled quotes as single ones (`Mistral(api_key=""…"")` in a cell is `api_key="…"` code), so
 * code and command lines inside cells are read as they are inside JSON strings.
 */
export function candidateText(doc: ParsedDocument): string {
  return doc.syntax === 'csv' ? neutralizeCsvQuotes(doc.text) : doc.text;
}
