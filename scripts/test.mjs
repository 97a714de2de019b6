// `npm test`: builds everything, then runs every suite in order, stopping at the first failure.
// Suites: unit (the language service), protocol (the built server over stdio), browser (the page
// and the preview in headless Chromium), package (vsce),
// and end-to-end (a real VS Code) when its runner exists. `--only unit,protocol` picks suites.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : undefined;

const node = process.execPath;
const steps = [
  ['build', [node, 'scripts/build.mjs']],
  ['typecheck', [node, 'node_modules/typescript/bin/tsc', '-p', '.', '--noEmit'], 'typecheck'],
  ['unit', [node, 'scripts/run-tests.mjs', 'test/unit'], 'unit'],
  ['protocol', [node, 'scripts/run-tests.mjs', '--concurrency=1', 'test/protocol'], 'protocol'],
  ['browser', [node, 'scripts/run-tests.mjs', '--concurrency=1', 'test/browser'], 'browser'],
  ['package', [node, 'scripts/package.mjs', '--check'], 'package'],
  ['end-to-end', [node, 'test/e2e/run.mjs'], 'e2e', 'test/e2e/run.mjs'],
];

for (const [name, command, suite, requires] of steps) {
  if (suite && only && !only.has(suite)) continue;
  if (requires && !existsSync(join(root, requires))) {
    console.log(`\n== ${name}: skipped (${requires} not present)`);
    continue;
  }
  console.log(`\n== ${name}`);
  const started = Date.now();
  const result = spawnSync(command[0], command.slice(1), { cwd: root, stdio: 'inherit' });
  console.log(`== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
