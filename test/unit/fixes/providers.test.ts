import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PolicySchema, SECRET_PROVIDERS } from '../../../schemas/policy';
import { PROVIDERS, referenceFor, resolveSecretsSettings } from '../../../server/src/engine/fixes/providers';
import { rotationAdvice, rotationPage } from '../../../server/src/engine/fixes/rotation-pages';
import { fixTitle } from '../../../server/src/engine/fixes/fix-title';
import { SECRET_RULES } from '../../../server/src/engine/secrets/rules';

const VALUE = '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';

function settings(secrets: Record<string, unknown> = {}) {
  return resolveSecretsSettings(PolicySchema.parse({ secrets }).secrets);
}

test('every provider of the policy has a catalogue entry with its reference syntax and launch command', () => {
  for (const id of SECRET_PROVIDERS) {
    const provider = PROVIDERS[id];
    assert.equal(provider.id, id);
    const launch = provider.launch(settings({ provider: id, azure: { vaultName: 'kv' } }), ['HF_TOKEN']);
    assert.match(launch, /<command>/, `${id} launch wraps the user's command`);
    assert.ok(referenceFor(provider, 'HF_TOKEN', settings({ provider: id })).length > 0);
  }
  assert.equal(PROVIDERS['1password'].launch(settings(), ['HF_TOKEN']), 'op run --env-file=.env.tuneguard -- <command>');
  assert.match(PROVIDERS.doppler.launch(settings({ doppler: { project: 'ml', config: 'prd' } }), ['HF_TOKEN']), /^doppler run --project ml --config prd -- /);
  assert.match(PROVIDERS.infisical.launch(settings(), ['HF_TOKEN']), /^infisical run --env=dev/);
  assert.match(PROVIDERS.vault.launch(settings(), ['HF_TOKEN']), /^vault agent/);
});

test('references follow each provider\'s syntax, its options and a configurable template', () => {
  assert.equal(referenceFor(PROVIDERS['1password'], 'HF_TOKEN', settings({ onepassword: { vault: 'ml' } })), 'op://ml/HF_TOKEN/credential');
  assert.equal(referenceFor(PROVIDERS.vault, 'HF_TOKEN', settings({ vault: { mount: 'kv', path: 'team/ml' } })), 'vault://kv/team/ml/HF_TOKEN#value');
  assert.equal(referenceFor(PROVIDERS['gcp-secret-manager'], 'HF_TOKEN', settings({ gcp: { project: 'p1' } })), 'projects/p1/secrets/HF_TOKEN/versions/latest');
  assert.equal(referenceFor(PROVIDERS['azure-key-vault'], 'HF_TOKEN', settings({ azure: { vaultName: 'kv1' } })), 'https://kv1.vault.azure.net/secrets/HF-TOKEN');
  assert.equal(referenceFor(PROVIDERS['aws-secrets-manager'], 'HF_TOKEN', settings({ aws: { region: 'eu-west-1', prefix: 'ml/' } })), 'arn:aws:secretsmanager:eu-west-1:<account>:secret:ml/HF_TOKEN');
  assert.equal(referenceFor(PROVIDERS['1password'], 'WANDB_API_KEY', settings({ referenceTemplate: 'op://{vault}/ml-{variable}/password' })), 'op://Private/ml-WANDB_API_KEY/password');
  assert.equal(referenceFor(PROVIDERS['env-file'], 'HF_TOKEN', settings()), '${HF_TOKEN}');
});

test('store commands put the value on stdin only, never in argv', () => {
  const all = settings({ azure: { vaultName: 'kv1' }, doppler: { project: 'ml', config: 'dev' } });
  for (const provider of Object.values(PROVIDERS)) {
    if (!provider.storeCommands) continue;
    const commands = provider.storeCommands(provider.secretName('HF_TOKEN', all), VALUE, all);
    assert.ok(commands.length > 0, provider.id);
    for (const command of commands) {
      assert.equal(command.command, provider.cli);
      assert.ok(!command.args.some((a) => a.includes(VALUE) || a.includes(VALUE.slice(-8))), `${provider.id} argv must not hold the value`);
      assert.ok(command.stdin.includes(VALUE), `${provider.id} stdin carries the value`);
    }
  }
  assert.deepEqual(PROVIDERS['azure-key-vault'].storeCommands!('HF-TOKEN', VALUE, settings()), [], 'no az call without a vault name');
});

test('rotation pages come from the rules\' issuers; the advice never quotes a value', () => {
  assert.equal(rotationPage('secrets/huggingface-token').url, 'https://huggingface.co/settings/tokens');
  assert.equal(rotationPage('secrets/openai-api-key').url, 'https://platform.openai.com/api-keys');
  assert.equal(rotationPage('secrets/wandb-api-key').url, 'https://wandb.ai/authorize');
  const issuers = new Set(SECRET_RULES.map((r) => r.provider));
  const covered = [...issuers].filter((issuer) => rotationPage('x', issuer).url).length;
  assert.ok(covered / issuers.size > 0.5, `rotation pages for ${covered} of ${issuers.size} issuers`);
  assert.match(rotationAdvice('secrets/huggingface-token'), /rotate the Hugging Face credential at https:\/\/huggingface\.co\/settings\/tokens/);
  const title = fixTitle({ variable: 'HF_TOKEN', destination: '1Password', action: 'remove `hub_token`', ruleId: 'secrets/huggingface-token', exposed: true });
  assert.equal(title, 'Store HF_TOKEN in 1Password, then remove `hub_token` — exposed in git history: rotate it at https://huggingface.co/settings/tokens');
});
