// Packages the extension with vsce and checks what went in: only the allowlisted files, <= 3 MB.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = `${name}-${version}.vsix`;
const vsce = require.resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });

const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { encoding: 'utf8' })
  .split('\n').map((l) => l.trim()).filter(Boolean);
const allowed = [/^dist\/[\w-]+\.js$/, /^package\.json$/, /^README\.md$/, /^LICENSE(\.txt)?$/, /^CHANGELOG\.md$/, /^images\/icon\.png$/, /^schemas\/generated\/[\w.-]+\.json$/, /^docs\/rules\/[\w/.-]+\.md$/];
const unexpected = listing.filter((file) => !allowed.some((re) => re.test(file)));
const size = statSync(out).size;
console.log(`${out}: ${(size / 1024).toFixed(0)} KiB, ${listing.length} files:\n  ${listing.join('\n  ')}`);
if (unexpected.length > 0) {
  console.error(`Unexpected files in the package: ${unexpected.join(', ')}`);
  process.exit(1);
}
if (size > 3 * 1024 * 1024) {
  console.error(`The package is ${(size / 1024 / 1024).toFixed(2)} MB, over the 3 MB budget.`);
  process.exit(1);
}
