import type { AnalysisContext } from '../analysis-context';
import type { ParsedDocument } from '../parse/parse-document';
import type { Finding } from '../types';
import { datasetSyntaxOfFormat } from './dataset-syntax';
import { analyzeManifest } from './manifest-classification';
import { scanDatasetText } from './scan-dataset-text';

/**
 * The `pii/...` analyzer: personal data in dataset documents (secrets there are already found by
 * scanSecrets on the parsed records), and manifest checks.
 */
export function analyzeDatasets(doc: ParsedDocument, context: AnalysisContext): Finding[] {
  const syntax = datasetSyntaxOfFormat(doc.format);
  if (syntax) return scanDatasetText(doc.text, doc.path, syntax, { cancellation: context.cancellation }).findings;
  return analyzeManifest(doc, context);
}
