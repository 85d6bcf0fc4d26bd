import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument } from '../engine/check-document';
import type { FoundPolicy } from './find-policy';
import { toReportedFindings, type FileReport } from './report';

/** Above this, a file is not loaded whole (datasets are streamed by the dataset scanner). */
const MAX_WHOLE_FILE_BYTES = 64 * 1024 * 1024;
const BINARY_SNIFF_BYTES = 8000;

export function checkFile(file: string, cwd: string, found: FoundPolicy): FileReport {
  const reportPath = path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
  let buffer: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_WHOLE_FILE_BYTES) return { path: reportPath, format: 'unknown', findings: [], skipped: `larger than ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MB` };
    buffer = fs.readFileSync(file);
  } catch (error) {
    return { path: reportPath, format: 'unknown', findings: [], skipped: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (buffer.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { path: reportPath, format: 'unknown', findings: [], skipped: 'binary file' };
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(buffer);
  const policyPath = path.relative(found.root, file).split(path.sep).join('/');
  const result = checkDocument({ path: policyPath.startsWith('..') ? file.split(path.sep).join('/') : policyPath, text }, { policy: found.policy });
  return { path: reportPath, format: result.format, findings: toReportedFindings(text, result.findings) };
}
