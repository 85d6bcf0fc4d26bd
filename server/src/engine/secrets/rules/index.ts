import type { SecretRule } from '../secret-rule';
import { huggingfaceRules } from './huggingface';
import { openaiRules } from './openai';
import { wandbRules } from './wandb';

export const SECRET_RULES: readonly SecretRule[] = [...huggingfaceRules, ...openaiRules, ...wandbRules];
