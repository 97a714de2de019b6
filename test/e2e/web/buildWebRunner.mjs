// The test-runner extension for code-server's web worker extension host: a web extension (only a
// `browser` entry) holding test/e2e/runner/webExtension.ts and the browser build of the suite in
// one file, packaged as a .vsix for `--install-extension`. Its results go to `resultsPath`.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageTestExtension } from '../host/buildSuite.mjs';
import { buildWebSuite } from './buildWebSuite.mjs';
import { cliDiagnostics } from './cliDiagnostics.mjs';

export async function buildWebRunnerExtension(folder, { resultsPath, grep = '' }) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  await buildWebSuite(join(folder, 'extension.js'), {
    entry: 'test/e2e/runner/webExtension.ts',
    cliDiagnostics: cliDiagnostics(),
    grep,
    resultsPath,
  });
  return packageTestExtension(folder, {
    name: 'review-summaries-e2e-web-runner',
    displayName: 'Review Summaries end-to-end test runner (web worker)',
    description: 'Runs the Review Summaries end-to-end suite in a web worker extension host (test builds only).',
    browser: './extension.js',
    files: ['extension.js'],
  });
}
