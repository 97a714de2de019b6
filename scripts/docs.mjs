// Regenerates the README's table of checks from the rule registry (run after `npm run compile-tests`).
// The unit test `readmeRules.test` fails when the table and the registry disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { rulesTable } = require(join(root, 'out/server/src/service/rules/rulesTable.js'));
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const begin = '<!-- rules:begin -->';
const end = '<!-- rules:end -->';
const from = readme.indexOf(begin);
const to = readme.indexOf(end);
if (from < 0 || to < 0) throw new Error('README.md lacks the rules markers');
writeFileSync(readmePath, readme.slice(0, from + begin.length) + '\n' + rulesTable() + '\n' + readme.slice(to));
console.log('README.md rules table updated');
