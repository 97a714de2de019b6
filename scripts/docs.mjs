// Regenerates the README's generated tables (`npm run docs`): the checks from the rule registry,
// the settings from package.json's contributes.configuration (scripts/settingsTable.mjs). The unit
// tests `readmeRules.test` and `readmeSettings.test` fail when a table and its source disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settingsTable } from './settingsTable.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bundle = join(tmpdir(), `review-summaries-rules-${process.pid}.js`);
buildSync({
  entryPoints: [join(root, 'server/src/service/rules/rulesTable.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  logLevel: 'warning',
});
const { rulesTable } = require(bundle);
const readmePath = join(root, 'README.md');
let readme = readFileSync(readmePath, 'utf8');
readme = between(readme, 'rules', rulesTable());
readme = between(readme, 'settings', settingsTable(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))));
writeFileSync(readmePath, readme);
console.log('README.md rules and settings tables updated');

/** The text with what stands between `<!-- name:begin -->` and `<!-- name:end -->` replaced by the table. */
function between(text, name, table) {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${name} markers`);
  return text.slice(0, from + begin.length) + '\n' + table + '\n' + text.slice(to);
}
