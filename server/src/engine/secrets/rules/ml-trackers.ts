import { looksRandom } from '../checks';
import { defineRules, providerKey } from './define';

const TRACKER = {
  owaspNhi: ['NHI2:2025 Secret Leakage'],
  owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'],
  nistCsf: ['PR.AA-01', 'PR.DS-01', 'PR.DS-02'],
};

export const mlTrackerRules = [
  ...defineRules('Weights & Biases', [{
    id: 'wandb-api-key',
    title: 'Weights & Biases API key',
    what: 'A Weights & Biases API key (40 hexadecimal characters under a W&B key, or a `local-…` server key) is written in the file.',
    impact: 'It can read and write every run and artifact of the account, including logged samples of training data and model checkpoints.',
    keywords: ['wandb_v1_'],
    pattern: /(?<![A-Za-z0-9_])wandb_v1_[A-Za-z0-9_]{40,86}(?![A-Za-z0-9_])/g,
    // The body of a `wandb_v1_` key; a 40-hex key's entropy is checked by `minEntropy` (a 31-character slice of it may fall short).
    validate: (s) => !s.startsWith('wandb_v1_') || looksRandom(s.slice(9), 3.5),
    keyed: { key: /^(?:wandb(?:_api)?_?key|wandb_token|api_key|key)$/, value: /^(?:local-)?[a-f0-9]{40}$|^wandb_v1_[A-Za-z0-9_]{40,86}$/, minEntropy: 3, context: /wandb|weights_?and_?biases/ },
  }], { envVar: 'WANDB_API_KEY', standards: TRACKER }),
  ...defineRules('Comet', [{
    id: 'comet-api-key',
    title: 'Comet API key',
    what: 'A Comet (comet_ml / Opik) API key is written in the file.',
    impact: 'It reads and writes every experiment of the workspace, including logged samples, code and models.',
    keyed: { key: /^(?:comet(?:_ml)?_api_key|comet_key|api_key)$/, value: /^[A-Za-z0-9]{20,40}$/, minEntropy: 3.5, context: /comet/ },
  }], { envVar: 'COMET_API_KEY', standards: TRACKER }),
  ...defineRules('Neptune', [{
    id: 'neptune-api-token',
    title: 'Neptune API token',
    what: 'A Neptune API token (base64 of a JSON document with `api_address` and `api_key`) is written in the file.',
    impact: 'It reads and writes every run of the workspace, including logged data samples.',
    keywords: ['eyjhcglfywrkcmvzcyi6'],
    pattern: /(?<![A-Za-z0-9+/])eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/]{40,800}={0,2}(?![A-Za-z0-9+/=])/g,
    keyed: { key: /^(?:neptune_api_token|neptune_token|api_token|api_key)$/, value: /^eyJ[A-Za-z0-9+/]{40,800}={0,2}$/, minEntropy: 4, context: /neptune/ },
    priority: 3,
  }], { envVar: 'NEPTUNE_API_TOKEN', standards: TRACKER }),
  ...defineRules('SwanLab', [{
    id: 'swanlab-api-key',
    title: 'SwanLab API key',
    what: 'A SwanLab API key is written in the file (SwanLab is a tracker LLaMA-Factory can report to).',
    keyed: { key: /^(?:swanlab_api_key|swanlab_key|api_key)$/, value: /^[A-Za-z0-9]{16,64}$/, minEntropy: 3.5, context: /swanlab/ },
  }], { envVar: 'SWANLAB_API_KEY', standards: TRACKER }),
  ...defineRules('MLflow', [{
    id: 'mlflow-tracking-credentials',
    title: 'MLflow tracking credentials',
    what: 'An MLflow tracking password or token (`MLFLOW_TRACKING_PASSWORD`, `MLFLOW_TRACKING_TOKEN`) is written in the file.',
    impact: 'It reads and writes the tracking server: runs, logged samples and registered models.',
    keyed: { key: /^(?:mlflow_tracking_(?:password|token)|tracking_(?:password|token))$/, value: /^\S{8,256}$/, minEntropy: 2.5 },
  }], { envVar: 'MLFLOW_TRACKING_PASSWORD', standards: TRACKER }),
  ...defineRules('ClearML', [{
    id: 'clearml-api-secret',
    title: 'ClearML API secret key',
    what: 'A ClearML API secret key (`CLEARML_API_SECRET_KEY`) is written in the file.',
    keyed: { key: /^(?:clearml|trains)_api_secret_key$|^secret_key$/, value: /^[A-Za-z0-9_-]{30,80}$/, minEntropy: 3.5, context: /clearml|trains/ },
  }], { envVar: 'CLEARML_API_SECRET_KEY', standards: TRACKER }),
  ...defineRules('DagsHub', [{
    id: 'dagshub-token',
    title: 'DagsHub user token',
    what: 'A DagsHub user token is written in the file.',
    keyed: { key: providerKey('dagshub|dagshub_user'), value: /^[a-f0-9]{40}$/, minEntropy: 3 },
  }], { envVar: 'DAGSHUB_USER_TOKEN', standards: TRACKER }),
  ...defineRules('Aim', [{
    id: 'aim-api-key',
    title: 'Aim / Aimhub tracking token',
    what: 'An Aim remote tracking access token is written in the file.',
    keyed: { key: providerKey('aim|aimhub'), value: /^[A-Za-z0-9_-]{24,128}$/, minEntropy: 3.5 },
  }], { envVar: 'AIM_ACCESS_TOKEN', standards: TRACKER }),
];
