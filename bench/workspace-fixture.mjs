// Generated benchmark inputs: a realistic long Axolotl config, a policy and dataset manifests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** An Axolotl config of about `lines` lines: real keys, several datasets, comments, a literal token. */
export function axolotlConfig(lines) {
  const out = [
    '# Llama 3 8B LoRA fine-tune for support tickets', 'base_model: meta-llama/Meta-Llama-3-8B', 'base_model_revision: 62bd457b6fe961a42a631306577e622c83876cb6',
    'model_type: LlamaForCausalLM', 'tokenizer_type: AutoTokenizer', 'load_in_8bit: false', 'load_in_4bit: true', 'adapter: qlora',
    'lora_r: 32', 'lora_alpha: 16', 'lora_dropout: 0.05', 'lora_target_linear: true', 'sequence_len: 4096', 'sample_packing: true',
    'pad_to_sequence_len: true', 'micro_batch_size: 2', 'gradient_accumulation_steps: 4', 'num_epochs: 3', 'optimizer: adamw_bnb_8bit',
    'lr_scheduler: cosine', 'learning_rate: 0.0002', 'wandb_project: support-llama', 'wandb_log_model: checkpoint',
    'hub_model_id: acme/support-llama3', 'hub_token: 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', 'output_dir: ./outputs/support', 'datasets:',
  ];
  for (let i = 0; out.length < lines - 12; i++) {
    out.push(`  - path: data/tickets-${i}.jsonl`, '    type: chat_template', `    # shard ${i} of the ticket export`, '    split: train');
  }
  out.push('special_tokens:', '  pad_token: "<|end_of_text|>"', 'deepspeed: deepspeed_configs/zero2.json', 'flash_attention: true',
    'gradient_checkpointing: true', 'warmup_steps: 10', 'evals_per_epoch: 4', 'saves_per_epoch: 1', 'weight_decay: 0.0', 'val_set_size: 0.05',
    'save_safetensors: true', 'logging_steps: 1');
  return `${out.join('\n')}\n`;
}

export function writeGovernedWorkspace(root, { manifests = 5 } = {}) {
  writeFileSync(join(root, '.tuneguard.yaml'), [
    'version: 1', 'classification:', '  levels: [public, internal, confidential, restricted]',
    'rules:', '  secrets/wandb-api-key: warning', 'overrides:', '  - files: ["experiments/**"]', '    rules: { secrets/*: warning }', '',
  ].join('\n'));
  mkdirSync(join(root, 'data'), { recursive: true });
  for (let i = 0; i < manifests; i++) {
    writeFileSync(join(root, 'data', `tickets-${i}.dataset.yaml`), [
      `name: Support tickets shard ${i}`, `path: data/tickets-${i}.jsonl`, 'owner: support-ml@acme.example', 'classification: confidential',
      'license: proprietary', 'source: Zendesk export', 'retention: P1Y', '',
    ].join('\n'));
  }
}

const LEVELS = ['public', 'internal', 'confidential', 'restricted'];

/** A short Axolotl config training on `datasets` and pushing to the hub (links to manifests). */
export function smallAxolotlConfig(i, datasets) {
  return [
    `# run ${i}`, 'base_model: meta-llama/Meta-Llama-3-8B', 'base_model_revision: 62bd457b6fe961a42a631306577e622c83876cb6', 'adapter: qlora',
    'lora_r: 16', 'sequence_len: 2048', 'micro_batch_size: 2', 'num_epochs: 1', 'learning_rate: 0.0002', `wandb_project: run-${i}`,
    `hub_model_id: acme/run-${i}`, 'push_to_hub: true', `output_dir: ./outputs/run-${i}`, 'datasets:',
    ...datasets.flatMap((d) => [`  - path: ${d}`, '    type: chat_template']), '',
  ].join('\n');
}

/** `configs` configs in 50 team folders, each linked to two of `manifests` manifested datasets. */
export function writeScaleWorkspace(root, { configs, manifests }) {
  writeGovernedWorkspace(root, { manifests: 0 });
  for (let i = 0; i < manifests; i++) {
    writeFileSync(join(root, 'data', `ds-${i}.dataset.yaml`), [
      `name: Dataset ${i}`, `path: data/ds-${i}.jsonl`, `owner: team-${i % 50}@acme.example`, `classification: ${LEVELS[i % LEVELS.length]}`,
      'license: proprietary', 'source: internal export', 'retention: P1Y', '',
    ].join('\n'));
  }
  let smallConfig = '';
  for (let i = 0; i < configs; i++) {
    const dir = join(root, 'configs', `team-${i % 50}`);
    if (i < 50) mkdirSync(dir, { recursive: true });
    const text = smallAxolotlConfig(i, [`data/ds-${i % manifests}.jsonl`, `data/ds-${(i * 7 + 3) % manifests}.jsonl`]);
    writeFileSync(join(dir, `run-${Math.floor(i / 50)}.yaml`), text);
    if (i === 0) smallConfig = text;
  }
  return { smallConfig };
}

/** Chat records up to `bytes` characters; every 500th carries an email address, every 2,000th a card number. */
export function datasetJsonl(bytes) {
  const lines = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const extra = i % 2000 === 0 ? ` My card is 4539 6002 0666 2669.` : i % 500 === 0 ? ` Reach me at user${i}@example.com.` : '';
    const line = JSON.stringify({ messages: [
      { role: 'system', content: 'You are a helpful support assistant for Acme routers.' },
      { role: 'user', content: `Ticket ${i}: my router keeps dropping the connection every evening after the update.${extra}` },
      { role: 'assistant', content: 'Thanks for reaching out. Please open the admin page, go to Firmware, and roll back to the previous version; then restart.' },
    ] });
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}
