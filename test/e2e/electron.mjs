#!/usr/bin/env node
// End-to-end tests, host 1: VS Code desktop through @vscode/test-electron (`npm run test:vscode`).
// Runs the same suite as test/e2e/run.mjs (mocha's spec reporter prints to this terminal), loaded as the extension-tests module of an Extension
// Development Host that has this checkout as its extension and a fresh copy of examples/ open.
// VSCODE_EXECUTABLE=/path/to/code uses an installed VS Code; otherwise test-electron downloads
// one (VSCODE_VERSION, default stable), which needs internet.
// `--build-only` just builds (for the "End-to-end tests" launch configuration in .vscode/).
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSuite } from './host/buildSuite.mjs';
import { repoRoot } from '../../scripts/code-server/paths.mjs';

execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
const suite = await buildSuite(join(repoRoot, 'build', 'e2e', 'suite.js'));
if (process.argv.includes('--build-only')) {
  console.log(`test:vscode: built ${suite}`);
  process.exit(0);
}

const scratch = mkdtempSync(join(tmpdir(), 'rs-e2e-electron-'));
let exitCode = 1;
try {
  const workspace = join(scratch, 'examples');
  cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
  exitCode = await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    version: process.env.VSCODE_VERSION || undefined,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suite,
    // The preview's test probe (client/src/preview/index.ts), which the suite's scroll-sync tests use.
    extensionTestsEnv: { REVIEW_SUMMARIES_TEST_HOOKS: '1' },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      join(scratch, 'user-data'),
      '--extensions-dir',
      join(scratch, 'extensions'),
    ],
  });
} catch (error) {
  console.error(`test:vscode: ${error?.stack ?? error}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
