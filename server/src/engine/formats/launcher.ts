import { countKeys, isStructuredMap, sectionKeys, stringAt, type FormatRecogniser, type RecognitionInput } from './recogniser';

/**
 * Launcher specs that start a training run and carry an environment block: SkyPilot task YAML
 * (`envs:`, `secrets:`), dstack configurations (`env:`), Axolotl cloud configs (`secrets:`)
 * and Ray job specs (`runtime_env.env_vars`).
 */
const SKYPILOT = ['name', 'resources', 'num_nodes', 'workdir', 'file_mounts', 'envs', 'secrets', 'setup', 'run', 'service', 'config', 'volumes'];
const DSTACK = ['type', 'name', 'commands', 'env', 'resources', 'python', 'image', 'nodes', 'ports', 'volumes', 'spot_policy', 'max_duration', 'repos'];
const AXOLOTL_CLOUD = ['provider', 'gpu', 'gpu_count', 'node_count', 'secrets', 'volumes', 'dockerfile_commands', 'memory', 'timeout',
  'timeout_preprocess', 'memory_preprocess', 'branch', 'project_name', 'docker_tag'];
const CLOUD_PROVIDERS = ['modal', 'baseten'];

export const launcher: FormatRecogniser = {
  id: 'launcher',
  label: 'Launcher spec',
  score(input) {
    if (!isStructuredMap(input)) return 0;
    return Math.max(skypilot(input), dstack(input), axolotlCloud(input), rayJob(input));
  },
};

function skypilot({ keys }: RecognitionInput): number {
  if (!keys.has('run') && !keys.has('setup')) return 0;
  const hits = countKeys(keys, SKYPILOT);
  const foreign = keys.size - hits;
  return hits >= 3 && foreign <= 2 ? Math.min(13, 5 + hits) : 0;
}

function dstack(input: RecognitionInput): number {
  const type = stringAt(input.root, 'type');
  if (!type || !['task', 'service', 'dev-environment'].includes(type) || !input.keys.has('commands')) return 0;
  return Math.min(13, 5 + countKeys(input.keys, DSTACK));
}

function axolotlCloud(input: RecognitionInput): number {
  const provider = stringAt(input.root, 'provider');
  const hits = countKeys(input.keys, AXOLOTL_CLOUD);
  const gpu = input.keys.has('gpu') || input.keys.has('gpu_count');
  if (!gpu || hits < 3) return 0;
  const foreign = input.keys.size - hits;
  if (foreign > 1) return 0;
  return Math.min(13, 4 + hits + (provider && CLOUD_PROVIDERS.includes(provider) ? 2 : 0));
}

function rayJob(input: RecognitionInput): number {
  if (!input.keys.has('entrypoint') || !input.keys.has('runtime_env')) return 0;
  const runtime = sectionKeys(input.root, 'runtime_env');
  return countKeys(runtime, ['env_vars', 'pip', 'working_dir', 'conda', 'py_modules']) > 0 ? 10 : 0;
}
