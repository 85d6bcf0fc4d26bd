import { checksummedOrRandom, looksRandom } from '../checks';
import { defineRules, SUPPLY_CHAIN } from './define';

const publish = 'It publishes packages as the owner: a poisoned release reaches everyone who installs it.';

export const packageRegistryRules = [
  ...defineRules('npm', [{
    id: 'npm-access-token', title: 'npm access token', what: 'An npm access token (`npm_…`) is written in the file.', impact: publish,
    keywords: ['npm_'], pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, validate: (token) => checksummedOrRandom(token, 4),
  }], { standards: SUPPLY_CHAIN, envVar: 'NPM_TOKEN' }),
  ...defineRules('PyPI', [{
    id: 'pypi-upload-token', title: 'PyPI upload token', what: 'A PyPI (or TestPyPI) API token (`pypi-AgEIcHlwaS5vcmc…`) is written in the file.', impact: publish,
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    pattern: /(?<![A-Za-z0-9_-])pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,300}(?![A-Za-z0-9_-])/g,
  }], { standards: SUPPLY_CHAIN, envVar: 'TWINE_PASSWORD' }),
  ...defineRules('RubyGems', [{
    id: 'rubygems-api-key', title: 'RubyGems API key', what: 'A RubyGems API key (`rubygems_…`) is written in the file.', impact: publish,
    keywords: ['rubygems_'], pattern: /(?<![A-Za-z0-9_])rubygems_[a-f0-9]{48}(?![A-Za-z0-9_])/g,
  }], { standards: SUPPLY_CHAIN, envVar: 'GEM_HOST_API_KEY' }),
  ...defineRules('NuGet', [{
    id: 'nuget-api-key', title: 'NuGet API key', what: 'A NuGet.org API key (`oy2…`) is written in the file.', impact: publish,
    keywords: ['oy2'], pattern: /(?<![A-Za-z0-9_])oy2[a-z0-9]{43}(?![A-Za-z0-9_])/g, validate: (s) => looksRandom(s.slice(3), 3.5),
  }], { standards: SUPPLY_CHAIN, envVar: 'NUGET_API_KEY' }),
  ...defineRules('Docker Hub', [{
    id: 'docker-hub-pat', title: 'Docker Hub personal access token', what: 'A Docker Hub personal access token (`dckr_pat_…`) is written in the file.',
    impact: 'It pushes images as the user: a poisoned training or serving image reaches every job that pulls it.',
    keywords: ['dckr_pat_', 'dckr_oat_'], pattern: /(?<![A-Za-z0-9_])dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}(?![A-Za-z0-9_-])/g, validate: (s) => looksRandom(s.slice(9), 3.5),
  }], { standards: SUPPLY_CHAIN, envVar: 'DOCKER_PASSWORD' }),
  ...defineRules('crates.io', [{
    id: 'crates-io-api-token', title: 'crates.io API token', what: 'A crates.io API token (`cio…`) is written in the file.', impact: publish,
    keywords: ['cio'], pattern: /(?<![A-Za-z0-9_])cio[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g, validate: (s) => looksRandom(s.slice(3), 4),
  }], { standards: SUPPLY_CHAIN, envVar: 'CARGO_REGISTRY_TOKEN' }),
  ...defineRules('JFrog', [{
    id: 'jfrog-api-key', title: 'JFrog Artifactory API key', what: 'A JFrog Artifactory API key (`AKCp…`) or access token is written in the file.', impact: publish,
    keywords: ['akcp'], pattern: /(?<![A-Za-z0-9_])AKCp[A-Za-z0-9]{69}(?![A-Za-z0-9_])/g, validate: (s) => looksRandom(s, 4),
  }], { standards: SUPPLY_CHAIN, envVar: 'JFROG_ACCESS_TOKEN' }),
  ...defineRules('Clojars', [{
    id: 'clojars-api-token', title: 'Clojars deploy token', what: 'A Clojars deploy token (`CLOJARS_…`) is written in the file.', impact: publish,
    keywords: ['clojars_'], pattern: /(?<![A-Za-z0-9_])CLOJARS_[a-z0-9]{60}(?![A-Za-z0-9_])/gi,
  }], { standards: SUPPLY_CHAIN, envVar: 'CLOJARS_PASSWORD' }),
];
