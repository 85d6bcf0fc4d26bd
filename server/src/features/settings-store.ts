import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../schemas/settings';
import type { Logger } from './logger';

/** The `tuneguard.*` settings, pulled from the client and validated by the one zod schema. */
export class SettingsStore {
  private current: Settings = DEFAULT_SETTINGS;

  constructor(private readonly connection: Connection, private readonly log: Logger, private readonly canPull: boolean) {}

  get(): Settings {
    return this.current;
  }

  async refresh(pushed?: unknown): Promise<Settings> {
    let raw = pushed;
    if (this.canPull) {
      try {
        raw = await this.connection.workspace.getConfiguration('tuneguard');
      } catch {
        this.log.warn('Could not read tuneguard settings from the client; using defaults.');
      }
    }
    const { settings, warnings } = parseSettings(raw);
    for (const w of warnings) this.log.warn(w);
    this.current = settings;
    return settings;
  }
}
