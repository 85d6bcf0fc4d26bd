import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse as parseYaml } from 'yaml';
import {
  CLASSIFY_DATASET_REQUEST, ClassifyDatasetParamsSchema, SCAN_DATASET_REQUEST, ScanDatasetParamsSchema,
  type ClassifyDatasetResult, type ScanDatasetResult,
} from '../../../schemas/protocol';
import { detectedKinds, suggestLevel } from '../engine/datasets/dataset-summary';
import { manifestPathFor, newManifest, writeClassification } from '../engine/datasets/manifest-writer';
import type { DatasetWorkerPool } from '../cli/dataset-worker-pool';
import { ParquetTooLargeError } from '../cli/parquet-chunks';
import { isDatasetFile, streamDatasetFile } from '../cli/stream-dataset-file';
import { safeMessage, SafeMessageError, type Logger } from './logger';
import type { PolicyStore } from './policy-store';
import type { WorkspaceFolders } from './workspace-folders';

export interface DatasetRequestDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: WorkspaceFolders;
  policies: PolicyStore;
  log: Logger;
  pool: () => DatasetWorkerPool;
  /** Re-check every open document (configs that train on the dataset depend on its manifest). */
  refreshAll: () => void;
  /** Tell the workspace index a manifest was written (before the file watcher does). */
  manifestWritten: (fsPath: string) => Promise<void>;
  /** Whether the workspace is trusted: the policy's custom secret patterns run only then. */
  trusted: () => boolean;
}

const MANIFEST = /\.dataset\.ya?ml$/i;

interface Target {
  dataFile: string;
  manifestFile?: string;
}

/** The data file and manifest a command was invoked on (either one). */
function resolveTarget(fsPath: string, root: string): Target {
  if (MANIFEST.test(fsPath)) {
    const manifest = parseYaml(fs.readFileSync(fsPath, 'utf8')) as { path?: string | string[] } | null;
    const declared = Array.isArray(manifest?.path) ? manifest?.path[0] : manifest?.path;
    if (!declared) throw new SafeMessageError('the manifest has no `path` to its data');
    const candidates = [path.resolve(root, declared), path.resolve(path.dirname(fsPath), declared)];
    const dataFile = candidates.find((c) => fs.existsSync(c));
    if (!dataFile) throw new SafeMessageError(`the manifest's data \`${declared}\` was not found`);
    return { dataFile, manifestFile: fsPath };
  }
  const beside = path.join(path.dirname(fsPath), path.basename(manifestPathFor(fsPath)));
  const alternative = beside.replace(/\.yaml$/, '.yml');
  return { dataFile: fsPath, manifestFile: [beside, alternative].find((f) => fs.existsSync(f)) };
}

/** `tuneguard/scanDataset` and `tuneguard/classifyDataset`: the palette commands' server side. */
export function registerDatasetRequests(deps: DatasetRequestDeps): void {
  const { connection, folders, policies, log } = deps;

  const scan = async (uri: string, token: CancellationToken): Promise<ScanDatasetResult> => {
    const fsPath = URI.parse(uri).fsPath;
    const root = folders.rootFor(fsPath);
    const target = resolveTarget(fsPath, root);
    if (!isDatasetFile(target.dataFile)) throw new SafeMessageError('not a dataset file (JSONL, JSON, CSV or Parquet)');
    const policy = policies.get(root);
    const relative = path.relative(root, target.dataFile).split(path.sep).join('/');
    const started = Date.now();
    // The command shows the summary only: no finding is kept (a file full of personal data has one per record).
    const options = { isCancelled: () => token.isCancellationRequested, customPatterns: deps.trusted() ? policy.secrets.customPatterns : [], maxFindingsPerRule: 0 };
    const report = await streamDatasetFile({ file: target.dataFile, reportPath: relative, policyPath: relative }, policy, deps.pool(), options);
    log.info(`Scanned ${path.basename(target.dataFile)} in ${Date.now() - started} ms: ${report.summary.records} record(s)`);
    const levels = policy.classification.levels;
    const suggestion = suggestLevel(report.summary, levels);
    let currentLevel: string | undefined;
    if (target.manifestFile) {
      const manifest = parseYaml(fs.readFileSync(target.manifestFile, 'utf8')) as { classification?: unknown } | null;
      if (typeof manifest?.classification === 'string') currentLevel = manifest.classification;
    }
    return {
      dataUri: URI.file(target.dataFile).toString(), manifestUri: target.manifestFile ? URI.file(target.manifestFile).toString() : undefined,
      records: report.summary.records, counts: report.summary.counts as Record<string, number>, secrets: report.summary.secrets,
      levels, suggestedLevel: suggestion.level, reason: suggestion.reason, currentLevel,
    };
  };

  connection.onRequest(SCAN_DATASET_REQUEST, async (raw: unknown, token: CancellationToken) => {
    const params = ScanDatasetParamsSchema.parse(raw);
    try {
      return await scan(params.uri, token);
    } catch (error) {
      // ParquetTooLargeError's message is ours and names sizes only.
      throw new SafeMessageError(`Cannot scan the dataset: ${error instanceof ParquetTooLargeError ? error.message : safeMessage(error)}`);
    }
  });

  connection.onRequest(CLASSIFY_DATASET_REQUEST, async (raw: unknown, token: CancellationToken): Promise<ClassifyDatasetResult> => {
    const params = ClassifyDatasetParamsSchema.parse(raw);
    const result = params.scan ?? await scan(params.uri, token);
    if (!result.levels.includes(params.level)) throw new SafeMessageError(`\`${params.level}\` is not one of the policy's levels (${result.levels.join(', ')})`);
    const dataFile = URI.parse(result.dataUri).fsPath;
    const root = folders.rootFor(dataFile);
    const kinds = detectedKinds({ counts: result.counts });
    const update = { classification: params.level, containsPii: kinds.length > 0, piiKinds: kinds, classifiedAt: new Date().toISOString().slice(0, 10) };
    const existing = result.manifestUri ? URI.parse(result.manifestUri).fsPath : undefined;
    const manifestFile = existing ?? manifestPathFor(dataFile);
    const open = deps.documents.get(URI.file(manifestFile).toString());
    if (open) {
      // The editor holds the manifest: edit through the client so unsaved changes and undo survive.
      const text = writeClassification(open.getText(), update);
      const applied = await connection.workspace.applyEdit({ label: 'Classify dataset', edit: { documentChanges: [{ textDocument: { uri: open.uri, version: open.version }, edits: [{ range: { start: { line: 0, character: 0 }, end: open.positionAt(open.getText().length) }, newText: text }] }] } });
      if (!applied.applied) throw new SafeMessageError('the editor did not apply the change to the manifest');
    } else if (existing) {
      fs.writeFileSync(manifestFile, writeClassification(fs.readFileSync(manifestFile, 'utf8'), update));
    } else {
      const dataPath = path.relative(root, dataFile).split(path.sep).join('/');
      fs.writeFileSync(manifestFile, newManifest(path.basename(dataFile).replace(/\.[^.]+$/, ''), dataPath, update), { flag: 'wx' });
    }
    log.info(`Classified ${path.basename(dataFile)} as ${params.level}`);
    // The file watcher will report the change too; refresh now so configs training on it re-check at once.
    if (!open) await deps.manifestWritten(manifestFile);
    deps.refreshAll();
    return { manifestUri: URI.file(manifestFile).toString(), created: !existing };
  });
}
