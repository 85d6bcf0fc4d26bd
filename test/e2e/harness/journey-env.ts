// What scripts/e2e/run.mjs hands the journeys: the code-server URL and where to write.
export interface JourneyEnv {
  url: string;
  scratch: string;
  results: string;
  extensionsDir: string;
}

export function journeyEnv(): JourneyEnv {
  const get = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: run the journeys through \`npm run test:e2e\``);
    return value;
  };
  return {
    url: get('TUNEGUARD_E2E_URL'),
    scratch: get('TUNEGUARD_E2E_SCRATCH'),
    results: get('TUNEGUARD_E2E_RESULTS'),
    extensionsDir: get('TUNEGUARD_E2E_EXTENSIONS_DIR'),
  };
}
