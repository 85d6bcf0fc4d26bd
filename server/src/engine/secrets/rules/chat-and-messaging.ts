import { looksRandom } from '../checks';
import { defineRules, providerKey } from './define';

export const chatAndMessagingRules = [
  ...defineRules('Slack', [
    { id: 'slack-bot-token', title: 'Slack bot token', what: 'A Slack bot token (`xoxb-…`) is written in the file.', impact: 'It reads and posts in every channel the bot is in.',
      keywords: ['xoxb-'], pattern: /(?<![A-Za-z0-9-])xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{20,32}(?![A-Za-z0-9-])/g },
    { id: 'slack-user-token', title: 'Slack user token', what: 'A Slack user token (`xoxp-…`) is written in the file.', impact: 'It reads and posts as the user in every channel and direct message the user can see.',
      keywords: ['xoxp-'], pattern: /(?<![A-Za-z0-9-])xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[a-f0-9]{32}(?![A-Za-z0-9-])/g },
    { id: 'slack-app-token', title: 'Slack app-level token', what: 'A Slack app-level token (`xapp-…`) is written in the file.',
      keywords: ['xapp-'], pattern: /(?<![A-Za-z0-9-])xapp-\d-[A-Z0-9]{9,12}-\d{10,13}-[a-f0-9]{64}(?![A-Za-z0-9-])/g },
    { id: 'slack-config-token', title: 'Slack configuration token', what: 'A Slack app configuration access or refresh token (`xoxe.xoxp-…`, `xoxe-…`) is written in the file.',
      keywords: ['xoxe'], pattern: /(?<![A-Za-z0-9-])xoxe(?:\.xox[bp])?-\d-[A-Z0-9]{100,200}(?![A-Za-z0-9-])/g },
    { id: 'slack-legacy-token', title: 'Slack legacy or workspace token', what: 'A Slack legacy, workspace or refresh token (`xoxa-`, `xoxr-`, `xoxs-`, `xoxo-`) is written in the file.',
      keywords: ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'], pattern: /(?<![A-Za-z0-9-])xox[aros]-\d{1,13}-[A-Za-z0-9-]{20,120}(?![A-Za-z0-9-])/g, validate: (s) => looksRandom(s, 3.5) },
    { id: 'slack-webhook-url', title: 'Slack incoming webhook URL', what: 'A Slack incoming webhook URL (`https://hooks.slack.com/services/…`) is written in the file.', impact: 'Anyone holding it can post messages into the channel, for example phishing links.',
      keywords: ['hooks.slack.com'], pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9]{8,12}\/[A-Za-z0-9]{8,12}\/[A-Za-z0-9]{20,32}/g, severity: 'warning' },
  ], { envVar: 'SLACK_TOKEN' }),
  ...defineRules('Discord', [
    { id: 'discord-webhook-url', title: 'Discord webhook URL', what: 'A Discord webhook URL is written in the file.', keywords: ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'],
      pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68}/g, severity: 'warning', envVar: 'DISCORD_WEBHOOK_URL' },
    { id: 'discord-bot-token', title: 'Discord bot token', what: 'A Discord bot token is written in the file.',
      keywords: [], keyed: { key: providerKey('discord|discord_bot'), value: /^[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}$/ }, envVar: 'DISCORD_TOKEN' },
  ]),
  ...defineRules('Telegram', [
    { id: 'telegram-bot-token', title: 'Telegram bot token', what: 'A Telegram bot token (`123456789:AA…`) is written in the file.', keywords: [':aa'],
      pattern: /(?<![A-Za-z0-9_:-])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g, envVar: 'TELEGRAM_BOT_TOKEN' },
  ]),
  ...defineRules('Microsoft Teams', [
    { id: 'teams-webhook-url', title: 'Microsoft Teams incoming webhook URL', what: 'A Microsoft Teams incoming webhook URL is written in the file.', keywords: ['webhook.office.com'],
      pattern: /https:\/\/[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2\/[a-f0-9-]{36}@[a-f0-9-]{36}\/IncomingWebhook\/[a-f0-9]{32}\/[a-f0-9-]{36}/g, severity: 'warning' },
  ]),
  ...defineRules('SendGrid', [
    { id: 'sendgrid-api-key', title: 'SendGrid API key', what: 'A SendGrid API key (`SG.…`) is written in the file.', impact: 'It sends e-mail as the organisation, a classic phishing vector.',
      keywords: ['sg.'], pattern: /(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, envVar: 'SENDGRID_API_KEY' },
  ]),
  ...defineRules('Twilio', [
    { id: 'twilio-api-key', title: 'Twilio API key', what: 'A Twilio API key SID with its secret (`SK…`) is written in the file.', keywords: ['sk'],
      pattern: /(?<![A-Za-z0-9_])SK[a-f0-9]{32}(?![A-Za-z0-9_])/g, validate: (s) => looksRandom(s.slice(2), 3), envVar: 'TWILIO_API_KEY' },
    { id: 'twilio-auth-token', title: 'Twilio auth token', what: 'A Twilio account auth token (32 hexadecimal characters under a Twilio key) is written in the file.',
      keyed: { key: /^twilio_?(?:auth_?)?token$|^twilio_?(?:api_?)?secret$/, value: /^[a-f0-9]{32}$/, minEntropy: 3 }, envVar: 'TWILIO_AUTH_TOKEN' },
  ]),
  ...defineRules('Mailgun', [
    { id: 'mailgun-api-key', title: 'Mailgun API key', what: 'A Mailgun API key (`key-…`, or a private key under a Mailgun key) is written in the file.', keywords: ['key-'],
      pattern: /(?<![A-Za-z0-9_-])key-[a-f0-9]{32}(?![A-Za-z0-9_-])/g, validate: (s) => looksRandom(s.slice(4), 3),
      keyed: { key: providerKey('mailgun'), value: /^(?:key-)?[a-f0-9]{32}(?:-[a-f0-9]{8}-[a-f0-9]{8})?$/, minEntropy: 3 }, envVar: 'MAILGUN_API_KEY' },
  ]),
  ...defineRules('Mailchimp', [
    { id: 'mailchimp-api-key', title: 'Mailchimp API key', what: 'A Mailchimp API key (`…-us12`) is written in the file.', keywords: ['-us'],
      pattern: /(?<![A-Za-z0-9_-])[a-f0-9]{32}-us\d{1,2}(?![A-Za-z0-9_-])/g, envVar: 'MAILCHIMP_API_KEY' },
  ]),
  ...defineRules('Postmark', [
    { id: 'postmark-server-token', title: 'Postmark server token', what: 'A Postmark server or account token (a UUID under a Postmark key) is written in the file.',
      keyed: { key: providerKey('postmark|postmark_server|postmark_account'), value: /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/ }, envVar: 'POSTMARK_SERVER_TOKEN' },
  ]),
  ...defineRules('Resend', [
    { id: 'resend-api-key', title: 'Resend API key', what: 'A Resend API key (`re_…`) is written in the file.', keywords: ['re_'],
      pattern: /(?<![A-Za-z0-9_])re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}(?![A-Za-z0-9_])/g, validate: (s) => looksRandom(s, 3.8), envVar: 'RESEND_API_KEY' },
  ]),
];
