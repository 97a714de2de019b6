#!/usr/bin/env node
// End-to-end tests in a real VS Code (host 2: code-server + headless Chromium; runs here and in CI).
//   node test/e2e/run.mjs            (the last step of `npm test`)
// 1. installs code-server once into a cache outside the repository (test/e2e/host/installCodeServer.mjs),
// 2. packages the extension (.vsix) and builds the test-runner extension around the suite in
//    test/e2e/suite/, installs both into a fresh code-server, and opens a copy of examples/ in
//    headless Chromium: the runner extension runs the suite in the real extension host and writes
//    its results as JSON,
// 3. then checks through the page what only the page shows (the Problems panel), with screenshots.
// Fails on any failed test, on a timeout, and on anything the page does not show.
// Environment: REVIEW_SUMMARIES_E2E_TIMEOUT (seconds for the suite, default 300),
// REVIEW_SUMMARIES_E2E_GREP (run only matching tests), REVIEW_SUMMARIES_E2E_CACHE (install cache).
// `--web-worker`: the same run with the user setting "remote.extensionKind" putting the extension in
// code-server's web worker extension host (its `browser` entry, the server in a nested worker), and
// the browser build of the suite in a web runner extension (test/e2e/web/buildWebRunner.mjs).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openWorkbench } from './host/browser.mjs';
import { buildRunnerExtension } from './host/buildSuite.mjs';
import { startCodeServer } from '../../scripts/code-server/codeServer.mjs';
import { ensureCodeServer } from '../../scripts/code-server/installCodeServer.mjs';
import { checkPage } from './host/pageChecks.mjs';
import { repoRoot } from '../../scripts/code-server/paths.mjs';
import { buildWebRunnerExtension } from './web/buildWebRunner.mjs';

const resultsFileVariable = 'REVIEW_SUMMARIES_E2E_RESULTS'; // test/e2e/suite/results.ts
const testHooksVariable = 'REVIEW_SUMMARIES_TEST_HOOKS'; // client/src/preview/index.ts: the preview's test probe
const suiteTimeoutMs = Number(process.env.REVIEW_SUMMARIES_E2E_TIMEOUT ?? 300) * 1000;
const keptRuns = 5;
const webWorker = process.argv.includes('--web-worker');
const extensionId = 'review-summaries.review-summaries';

const timings = [];
async function step(name, action) {
  const started = Date.now();
  console.log(`e2e: ${name} ...`);
  try {
    return await action();
  } finally {
    const seconds = (Date.now() - started) / 1000;
    timings.push([name, seconds]);
    console.log(`e2e: ${name}: ${seconds.toFixed(1)} s`);
  }
}

/** Artifacts (results, screenshots, logs) go to .e2e/<time>/ in the repository; the last few are kept. */
function artifactsFolder() {
  const base = join(repoRoot, '.e2e');
  mkdirSync(base, { recursive: true });
  const old = readdirSync(base)
    .filter((name) => /^\d{8}T\d{6}/.test(name))
    .sort();
  for (const name of old.slice(0, Math.max(0, old.length - (keptRuns - 1)))) rmSync(join(base, name), { recursive: true, force: true });
  const folder = join(base, `${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  return folder;
}

function readResults(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // not written yet, or caught mid-write
  }
}

/** Follows the results file until the suite says it has finished; prints each test as it ends. */
async function waitForSuite(resultsFile, server) {
  const deadline = Date.now() + suiteTimeoutMs;
  let printed = 0;
  let serverExit;
  server.exited.then((code) => (serverExit = code ?? 'exited'));
  for (;;) {
    const results = readResults(resultsFile);
    for (const test of results?.tests.slice(printed) ?? []) {
      const mark = test.state === 'passed' ? 'ok  ' : test.state === 'failed' ? 'FAIL' : 'skip';
      console.log(`  ${mark} ${test.title}${test.durationMs !== undefined ? ` (${test.durationMs} ms)` : ''}`);
      if (test.error) console.log(`       ${test.error.split('\n').join('\n       ')}`);
      printed++;
    }
    if (results?.finished) return results;
    if (serverExit !== undefined) throw new Error(`code-server exited (${serverExit}) before the suite finished`);
    if (Date.now() > deadline)
      throw new Error(
        `the suite did not finish within ${suiteTimeoutMs / 1000} s (${printed} test(s) reported); is the runner extension activating?`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Tests edit documents in memory and revert them: files on disk must be as they were copied. */
function workspaceChanges(workspace) {
  const examples = join(repoRoot, 'examples');
  const changes = readdirSync(workspace, { recursive: true }).filter((name) => {
    const original = join(examples, name);
    if (!existsSync(original)) return true;
    return !statSync(original).isDirectory() && !readFileSync(join(workspace, name)).equals(readFileSync(original));
  });
  return changes.length
    ? [`the suite left files changed or added on disk: ${changes.join(', ')} (tests must revert their edits and remove what they write)`]
    : [];
}

async function main() {
  const artifacts = artifactsFolder();
  // Short path: code-server puts a unix socket in its user-data folder (108-byte limit).
  const stateDir = mkdtempSync(join(tmpdir(), 'rs-e2e-'));
  // Also on Ctrl+C (scripts/code-server/processGroup.mjs ends code-server, then exits).
  process.on('exit', () => rmSync(stateDir, { recursive: true, force: true }));
  let server;
  let browser;
  const problems = [];
  try {
    await step('code-server install (cached after the first run)', () => ensureCodeServer());
    const vsix = await step('package the extension', () => {
      // Into this run's own folder: another `npm test` in this work tree may be packaging into build/
      // at the same time, and code-server must never install a half-written .vsix.
      const vsixFile = join(stateDir, 'review-summaries.vsix');
      execFileSync(process.execPath, [join(repoRoot, 'scripts', 'package.mjs'), '--out', vsixFile], {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      return vsixFile;
    });
    const resultsFile = join(artifacts, 'results.json');
    const runnerVsix = await step('build the test-runner extension', () =>
      webWorker
        ? buildWebRunnerExtension(join(stateDir, 'runner'), { resultsPath: resultsFile, grep: process.env.REVIEW_SUMMARIES_E2E_GREP })
        : buildRunnerExtension(join(stateDir, 'runner')),
    );
    const workspace = join(stateDir, 'examples');
    cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
    if (webWorker) {
      // code-server adds its quiet settings to this file and keeps what is there.
      const settings = join(stateDir, 'user-data', 'User', 'settings.json');
      mkdirSync(join(settings, '..'), { recursive: true });
      // reviewSummaries.testHooks: the preview's test probe, asked for without environment variables (client/src/preview/index.ts).
      writeFileSync(
        settings,
        JSON.stringify({ 'remote.extensionKind': { [extensionId]: ['web'] }, 'reviewSummaries.testHooks': true }, null, 2),
      );
    }
    server = await step('start code-server with both extensions', () =>
      startCodeServer({
        stateDir,
        vsixFiles: [vsix, runnerVsix],
        env: { [resultsFileVariable]: resultsFile, [testHooksVariable]: '1' },
        logFile: join(artifacts, 'code-server.log'),
      }),
    );
    const opened = await step('open the workspace in headless Chromium', () => openWorkbench(server.url, workspace));
    browser = opened.browser;
    const results = await step('run the suite in the extension host', () => waitForSuite(resultsFile, server));
    console.log(`e2e: suite: ${results.passed} passed, ${results.failed} failed, ${results.pending} pending`);
    if (results.failed > 0 || results.passed === 0) problems.push(`${results.failed} end-to-end test(s) failed, ${results.passed} passed`);
    problems.push(...workspaceChanges(workspace));
    const pageProblems = await step('check the page', () => checkPage(opened.page, { workspace, artifacts }));
    problems.push(...pageProblems);
  } catch (error) {
    problems.push(error.stack ?? String(error));
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) await step('stop code-server (its whole process group)', () => server.stop());
    rmSync(stateDir, { recursive: true, force: true });
  }
  console.log(`\ne2e: timings: ${timings.map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join('; ')}`);
  console.log(`e2e: results, screenshots and the code-server log are in ${relative(process.cwd(), artifacts) || artifacts}`);
  if (problems.length) {
    console.error(`e2e: FAILED\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('e2e: all passed');
}

await main();
