import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { WorkspaceView } from '../engine/analysis-context';
import { DatasetIndex } from '../engine/governance/dataset-index';
import { factsFromText } from '../engine/governance/manifests/facts-from-text';
import { mayHoldDatasetFacts } from '../engine/governance/manifests/index-facts';
import type { IndexedFileFacts } from '../engine/governance/manifests/manifest-record';
import { sameModel } from '../engine/governance/model-lineage';
import type { Logger } from './logger';
import { walkWorkspace } from './workspace-walk';

const MAX_FACTS_FILE_BYTES = 8 * 1024 * 1024;
const EMPTY: IndexedFileFacts = { manifests: [] };

interface FolderState {
  /** Facts read from disk, by workspace-relative path. */
  disk: Map<string, IndexedFileFacts>;
  /** Facts of open, possibly unsaved editors; they win over disk. */
  open: Map<string, IndexedFileFacts>;
  index?: DatasetIndex;
  ready: boolean;
}

/**
 * The server's index of dataset manifests, dataset cards, Croissant files and dataset_info.json
 * per workspace folder. Built in the background with progress, kept current from watched-file
 * events and open-editor edits, and exposed to the engine as its WorkspaceView. `onChange` runs
 * when linking facts change, so dependent configs are diagnosed again.
 */
export class WorkspaceIndex {
  private readonly folders = new Map<string, FolderState>();

  constructor(private readonly connection: Connection, private readonly log: Logger, private readonly onChange: () => void) {}

  /** (Re)index these folders in the background; forgets folders no longer open. */
  async indexFolders(roots: readonly string[]): Promise<void> {
    for (const root of [...this.folders.keys()]) if (!roots.includes(root)) this.folders.delete(root);
    const fresh = roots.filter((r) => !this.folders.has(r));
    if (fresh.length === 0) return;
    for (const root of fresh) this.folders.set(root, { disk: new Map(), open: new Map(), ready: false });
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Tuneguard: indexing dataset manifests', 0, undefined, false);
    const started = Date.now();
    let files = 0;
    for (const root of fresh) {
      const state = this.folders.get(root);
      if (!state) continue;
      for await (const file of walkWorkspace(root, mayHoldDatasetFacts)) {
        if (this.folders.get(root) !== state) break;
        const relative = toRelative(root, file);
        const facts = await readFacts(file, relative);
        if (facts !== EMPTY) state.disk.set(relative, facts);
        if (++files % 200 === 0) progress?.report(`${files} files`);
      }
      state.ready = true;
      state.index = undefined;
    }
    progress?.done();
    // Configs are indexed too (for model lineage): count files that carry linking facts, not only manifests.
    const linked = fresh.reduce((n, r) => n + (this.folders.get(r)?.disk.size ?? 0), 0);
    this.log.info(`Indexed ${linked} file(s) with dataset or model links among ${files} candidate(s) in ${Date.now() - started} ms.`);
    this.onChange();
  }

  /** The engine's view of one workspace folder; without a finished index, linking stays silent. */
  viewFor(root: string): WorkspaceView {
    return { datasetIndex: () => this.indexOf(root) };
  }

  /** A watched file changed on disk (created, changed or deleted). */
  async fileChanged(root: string, fsPath: string, deleted: boolean): Promise<void> {
    const state = this.folders.get(root);
    const relative = toRelative(root, fsPath);
    if (!state || !mayHoldDatasetFacts(relative)) return;
    const facts = deleted ? EMPTY : await readFacts(fsPath, relative);
    this.update(state, state.disk, relative, facts);
  }

  /** An open editor's text changed (`text`) or it closed (undefined: disk facts apply again). */
  documentChanged(root: string, fsPath: string, text: string | undefined): void {
    const state = this.folders.get(root);
    const relative = toRelative(root, fsPath);
    if (!state || !mayHoldDatasetFacts(relative)) return;
    this.update(state, state.open, relative, text === undefined ? undefined : factsFromText(relative, text));
  }

  private update(state: FolderState, layer: Map<string, IndexedFileFacts>, relative: string, facts: IndexedFileFacts | undefined): void {
    const before = this.linkSignature(state, relative);
    if (facts === undefined || (facts === EMPTY && layer === state.disk)) layer.delete(relative);
    else layer.set(relative, facts);
    state.index = undefined;
    // Typing in a config moves offsets on every keystroke; other files only care about what it links.
    if (state.ready && this.linkSignature(state, relative) !== before) this.onChange();
  }

  /**
   * What other files' diagnostics depend on in this file: manifests and dataset_info entries; for a
   * config, its outputs, and its datasets and inputs only when another config trains on its output.
   */
  private linkSignature(state: FolderState, relative: string): string {
    const facts = effective(state, relative);
    if (!facts) return '';
    const { manifests, datasetInfo, config } = facts;
    let lineage: unknown;
    if (config) {
      const consumed = [...state.disk.values(), ...state.open.values()].some((f) => f.config && f.config.file !== config.file
        && f.config.inputs.some((i) => config.outputs.some((o) => sameModel(i, o))));
      lineage = { outputs: config.outputs.map((o) => o.value), ...(consumed ? { refs: config.refs.map((r) => r.value), inputs: config.inputs.map((i) => i.value) } : {}) };
    }
    return JSON.stringify({ manifests, datasetInfo, lineage });
  }

  private indexOf(root: string): DatasetIndex | undefined {
    const state = this.folders.get(root);
    if (!state?.ready) return undefined;
    if (!state.index) {
      const merged = new Map(state.disk);
      for (const [relative, facts] of state.open) merged.set(relative, facts);
      state.index = new DatasetIndex(merged.values());
    }
    return state.index;
  }
}

function effective(state: FolderState, relative: string): IndexedFileFacts | undefined {
  return state.open.get(relative) ?? state.disk.get(relative);
}

async function readFacts(fsPath: string, relative: string): Promise<IndexedFileFacts> {
  try {
    const stat = await fsp.stat(fsPath);
    if (!stat.isFile() || stat.size > MAX_FACTS_FILE_BYTES) return EMPTY;
    const facts = factsFromText(relative, await fsp.readFile(fsPath, 'utf8'));
    return facts.manifests.length > 0 || facts.datasetInfo || facts.config ? facts : EMPTY;
  } catch {
    return EMPTY;
  }
}

function toRelative(root: string, fsPath: string): string {
  return path.relative(root, fsPath).split(path.sep).join('/');
}
