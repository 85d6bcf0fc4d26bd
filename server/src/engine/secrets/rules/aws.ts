import { looksRandom } from '../checks';
import { defineRules } from './define';

const AWS = {
  owaspNhi: ['NHI2:2025 Secret Leakage', 'NHI7:2025 Long-Lived Secrets'],
  owaspLlm: ['LLM03:2025 Supply Chain'],
  nistCsf: ['PR.AA-01', 'PR.AA-05', 'PR.DS-01'],
};

export const AWS_ACCESS_KEY_ID = 'secrets/aws-access-key-id';
export const AWS_SECRET_ACCESS_KEY = 'secrets/aws-secret-access-key';

export const awsRules = defineRules('AWS', [
  {
    id: 'aws-access-key-id',
    title: 'AWS access key id',
    what: 'An AWS access key id (`AKIA…` long-term, `ASIA…` temporary) is written in the file. On its own it identifies the key; with its secret access key it signs requests as the IAM identity.',
    impact: 'Together with the secret (often in the same file or history) it can reach the S3 buckets holding datasets and checkpoints, SageMaker and Bedrock jobs.',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: /(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
    validate: (s) => !s.endsWith('EXAMPLE') && looksRandom(s.slice(4), 2.5),
    envVar: 'AWS_ACCESS_KEY_ID',
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    what: 'An AWS secret access key (40 base64 characters under an AWS secret key) is written in the file.',
    impact: 'It signs requests as the IAM identity: S3 buckets holding datasets and checkpoints, SageMaker and Bedrock jobs.',
    keyed: { key: /^(?:aws_?)?secret_?(?:access_?)?key(?:_?id)?$|^aws_?secret$|^secretaccesskey$/, value: /^[A-Za-z0-9/+]{40}$/, minEntropy: 4 },
    keywords: ['aws_secret', 'secret_access_key', 'secretaccesskey'],
    // Free text: `aws_secret_access_key = …` on a line of a script, note or credentials file.
    pattern: /(?:aws_?secret_?access_?key|secretaccesskey)["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    group: 1,
    validate: (s) => looksRandom(s, 4) && !s.includes('EXAMPLEKEY'),
    envVar: 'AWS_SECRET_ACCESS_KEY',
  },
  {
    id: 'aws-session-token',
    title: 'AWS session token',
    what: 'An AWS session token (`aws_session_token`) is written in the file.',
    impact: 'Until it expires it signs requests as the role that issued it.',
    keyed: { key: /^(?:aws_)?session_?token$|^aws_security_token$|^sessiontoken$/, value: /^[A-Za-z0-9/+]{100,1200}={0,2}$/, minEntropy: 4.5 },
    envVar: 'AWS_SESSION_TOKEN',
    severity: 'warning',
  },
  {
    id: 'aws-bedrock-api-key',
    title: 'Amazon Bedrock API key',
    what: 'An Amazon Bedrock API key (`ABSK…`) is written in the file.',
    impact: 'It invokes Bedrock models and customisation jobs on the account.',
    keywords: ['absk'],
    pattern: /(?<![A-Za-z0-9+/])ABSK[A-Za-z0-9+/]{100,270}={0,2}(?![A-Za-z0-9+/=])/g,
    validate: (s) => looksRandom(s, 4.5),
    envVar: 'AWS_BEARER_TOKEN_BEDROCK',
  },
], { standards: AWS });
