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
