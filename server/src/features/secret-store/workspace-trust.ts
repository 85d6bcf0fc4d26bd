/**
 * Whether the workspace is trusted, from the client's `initializationOptions.trusted` and its
 * later `tuneguard/workspaceTrusted` notification. Absent means untrusted: a client that does not
 * say gets in-file fixes and the env file, and no process is ever spawned.
 */
export class WorkspaceTrust {
  private value = false;

  get trusted(): boolean {
    return this.value;
  }

  setFromInitializationOptions(options: unknown): void {
    this.value = typeof options === 'object' && options !== null && (options as { trusted?: unknown }).trusted === true;
  }

  grant(): void {
    this.value = true;
  }
}

export const WORKSPACE_TRUSTED_NOTIFICATION = 'tuneguard/workspaceTrusted';
