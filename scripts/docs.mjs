// Regenerates the README's table of checks from the rule registry (`npm run docs`).
// The unit test `readmeRules.test` fails when the table and the registry disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bundle = join(tmpdir(), `review-summaries-rules-${process.pid}.js`);
buildSync({ entryPoints: [join(root, 'server/src/service/rules/rulesTable.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
const { rulesTable } = require(bundle);
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const begin = '<!-- rules:begin -->';
const end = '<!-- rules:end -->';
const from = readme.indexOf(begin);
const to = readme.indexOf(end);
if (from < 0 || to < 0) throw new Error('README.md lacks the rules markers');
writeFileSync(readmePath, readme.slice(0, from + begin.length) + '\n' + rulesTable() + '\n' + readme.slice(to));
console.log('README.md rules table updated');
