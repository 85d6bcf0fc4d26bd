import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceView } from '../engine/analysis-context';
import { checkDocument } from '../engine/check-document';
import type { FoundPolicy } from './find-policy';
import { toReportedFindings, type FileReport } from './report';
import { isPathAllowlisted } from '../engine/policy/severity';
import type { DatasetWorkerPool } from './dataset-worker-pool';
import { ParquetTooLargeError } from './parquet-chunks';
import { streamDatasetFile } from './stream-dataset-file';
import type { CollectOptions } from './chunk-report-collector';
import { isParquetFile, isStreamedDataset } from './streamed-dataset';
import { looksBinary } from '../engine/text/looks-binary';
import { utf8Text } from '../engine/text/utf8-text';

/** Above this, a file is not loaded whole (datasets are streamed by the dataset scanner). */
const MAX_WHOLE_FILE_BYTES = 64 * 1024 * 1024;

export function checkFile(file: string, cwd: string, found: FoundPolicy, workspace?: WorkspaceView): FileReport {
  const reportPath = path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
  let buffer: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_WHOLE_FILE_BYTES) return { path: reportPath, format: 'unknown', findings: [], skipped: `larger than ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MB` };
    buffer = fs.readFileSync(file);
  } catch (error) {
    return { path: reportPath, format: 'unknown', findings: [], skipped: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (looksBinary(buffer)) return { path: reportPath, format: 'unknown', findings: [], skipped: 'binary file' };
  const text = utf8Text(buffer);
  const policyPath = path.relative(found.root, file).split(path.sep).join('/');
  const result = checkDocument({ path: policyPath.startsWith('..') ? file.split(path.sep).join('/') : policyPath, text }, { policy: found.policy, workspace });
  return { path: reportPath, format: result.format, findings: toReportedFindings(text, result.findings) };
}

/** `checkFile`, except that large datasets (JSONL, CSV, JSON) of any size, and Parquet datasets, are streamed. */
export async function checkFileOrStream(file: string, cwd: string, found: FoundPolicy, workspace: WorkspaceView | undefined, pool: () => DatasetWorkerPool, collect: CollectOptions = {}): Promise<FileReport> {
  let size = 0;
  try {
    size = fs.statSync(file).size;
  } catch {
    // checkFile reports the unreadable file
  }
  if (!isStreamedDataset(file, size)) return checkFile(file, cwd, found, workspace);
  const reportPath = path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
  const relative = path.relative(found.root, file).split(path.sep).join('/');
  const policyPath = relative.startsWith('..') ? file.split(path.sep).join('/') : relative;
  if (isPathAllowlisted(found.policy, policyPath)) return { path: reportPath, format: 'unknown', findings: [] };
  try {
    // The CLI runs what its policy asks, custom patterns included.
    return await streamDatasetFile({ file, reportPath, policyPath }, found.policy, pool(), { ...collect, customPatterns: found.policy.secrets.customPatterns });
  } catch (error) {
    if (error instanceof ParquetTooLargeError) return { path: reportPath, format: 'dataset-parquet', findings: [], skipped: `not read: ${error.message}` };
    const code = (error as NodeJS.ErrnoException).code;
    // hyparquet's errors describe the file's structure, never what it holds.
    const why = code ?? (isParquetFile(file) && error instanceof Error ? `not a readable Parquet file: ${error.message.slice(0, 120)}` : 'error');
    return { path: reportPath, format: 'unknown', findings: [], skipped: `unreadable (${why})` };
  }
}
