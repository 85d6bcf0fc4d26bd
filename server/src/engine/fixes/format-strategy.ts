import type { KeyPath } from '../parse/tree';
import type { FormatId } from '../types';

/**
 * How a literal credential leaves a file, by what reads the file:
 * - `interpolate`: the tool resolves a reference itself (torchtune / OmegaConf `${oc.env:VAR}`);
 * - `remove-field`: the tool reads the variable from its environment when the field is absent
 *   (Axolotl, LLaMA-Factory, TRL and transformers all read HF_TOKEN, WANDB_API_KEY, ...);
 * - `env-block`: an entry of a config's own `env:` block (TRL) moves out to the launch environment;
 * - `launch-env`: a launcher's env block keeps the name with no value, filled at launch
 *   (SkyPilot `envs: {HF_TOKEN: null}` + `sky launch --env HF_TOKEN`);
 * - `placeholder`: job specs get `${VAR}`, expanded by the submitting script (`envsubst`).
 */
export type FixStrategy = 'interpolate' | 'remove-field' | 'env-block' | 'launch-env' | 'placeholder';

const JOB_SPECS: ReadonlySet<FormatId> = new Set<FormatId>(['openai-job', 'azure-openai-job', 'together-job', 'mistral-job', 'bedrock-job', 'sagemaker-job', 'vertex-job']);
const ENV_BLOCK_KEYS = /^(env|envs|env_vars|environment|environment_variables|secrets)$/i;

export function strategyFor(format: FormatId, path: KeyPath): FixStrategy {
  const inEnvBlock = envBlockIndex(path) >= 0;
  if (format === 'torchtune') return 'interpolate';
  if (format === 'launcher') return inEnvBlock ? 'launch-env' : 'placeholder';
  if (JOB_SPECS.has(format)) return 'placeholder';
  if (inEnvBlock && path.length >= 2 && typeof path[path.length - 1] === 'string') return 'env-block';
  return 'remove-field';
}

/** Index in `path` of the innermost env-block key (`env`, `envs`, `Environment`...), or -1. */
export function envBlockIndex(path: KeyPath): number {
  for (let i = path.length - 2; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && ENV_BLOCK_KEYS.test(key)) return i;
  }
  return -1;
}

/** Text that replaces the literal for the strategies that keep the field. */
export function replacementFor(strategy: FixStrategy, variable: string): string | undefined {
  switch (strategy) {
    case 'interpolate': return `\${oc.env:${variable}}`;
    case 'placeholder': return `\${${variable}}`;
    case 'launch-env': return 'null';
    default: return undefined;
  }
}

/** What the fix does to the file, for the action's title. */
export function describeStrategy(strategy: FixStrategy, variable: string, field: string): string {
  switch (strategy) {
    case 'interpolate': return `replace the value with \`\${oc.env:${variable}}\``;
    case 'remove-field': return `remove \`${field}\` and supply ${variable} at launch`;
    case 'env-block': return `move ${variable} out of the \`env:\` block into the launch environment`;
    case 'launch-env': return `leave ${variable} empty in the env block and pass it at launch (\`--env ${variable}\`)`;
    case 'placeholder': return `replace the value with \`\${${variable}}\`, expanded when the job is submitted`;
  }
}
