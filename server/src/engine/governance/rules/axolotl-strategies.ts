/**
 * Module names Axolotl resolves inside its own `axolotl.prompt_strategies` packages (top level and
 * the dpo/kto/orpo/ebft/bradley_terry/messages subpackages). A dotted dataset `type` whose first
 * segment is one of these loads Axolotl's code; any other dotted `type` imports a user module.
 */
export const AXOLOTL_STRATEGY_MODULES: ReadonlySet<string> = new Set([
  'alpaca_chat', 'alpaca_instruct', 'alpaca_w_system', 'aptchat', 'aptchat_v2', 'base', 'bradley_terry', 'chat', 'chat_template',
  'completion', 'context_qa', 'conversational_lm', 'creative_acr', 'dpo', 'input_output', 'instruct', 'jinja_template_analyzer',
  'kto', 'llama2_chat', 'messages', 'metharme', 'multimodal_pretrain', 'orcamini', 'orpo', 'preference_chat_template', 'pretrain',
  'pygmalion', 'sharegpt', 'sharegpt_jokes', 'sharegpt_simple', 'stepwise', 'stepwise_supervised', 'summarization', 'synthetic',
  'user_defined', 'vicuna', 'chatml', 'llama3', 'mistral', 'passthrough', 'zephyr', 'ebft', 'ebft_chat_multiturn', 'ebft_opencode',
  'ebft_pretrain', 'ebft_reasoning', 'ebft_strided_chat', 'ebft_strided_structured',
]);
