// The end-to-end suite's entry point in a browser's extension host: mocha's browser build, the
// same test files but the server restart (a web worker has no process to kill). Two hosts call
// `run()`: VS Code for the Web (test/e2e/web/run.mjs, through @vscode/test-web), where the console
// reaches the page (codeAutomationLog) and the last line counts the tests; and code-server's web
// worker extension host (test/e2e/runner/webExtension.ts), which also takes the results as they come.
// Sets the global `mocha` (test/e2e/web/buildWebSuite.mjs hides the bundle's `module` from it).
import 'mocha/mocha.js';
import type { SuiteResults } from './results';
import { loadTestFiles } from './testFiles';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter?: string; timeout: number; color: boolean; grep?: string }): void;
  run(done: (failures: number) => void): {
    on(event: 'pass' | 'pending', listener: (test: { fullTitle(): string; duration?: number }) => void): void;
    on(event: 'fail', listener: (test: { fullTitle(): string; duration?: number }, error: Error) => void): void;
  };
}

/** Set by the host (esbuild `define`): run only the matching tests, as REVIEW_SUMMARIES_E2E_GREP does in Node. */
declare const REVIEW_SUMMARIES_E2E_GREP: string;

/** For @vscode/test-web. No parameters: VS Code calls `run(testsRoot, callback)` on a runner that declares them. */
export function run(): Promise<void> {
  return runReporting(() => undefined);
}

/** Runs the suite, handing over the results after each test and at the end. */
export function runReporting(onResults: (results: SuiteResults) => void): Promise<void> {
  mocha.setup({
    ui: 'bdd',
    reporter: 'spec',
    timeout: 60_000,
    color: false,
    ...(REVIEW_SUMMARIES_E2E_GREP ? { grep: REVIEW_SUMMARIES_E2E_GREP } : {}),
  });
  loadTestFiles();
  require('./webHost.e2e');
  const results: SuiteResults = { finished: false, passed: 0, failed: 0, pending: 0, tests: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      results.finished = true;
      onResults(results);
      console.log(`web: suite: ${results.passed} passed, ${results.failed} failed, ${results.pending} pending`);
      if (failures > 0 || results.passed === 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => {
      results.passed++;
      results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
      onResults(results);
    });
    runner.on('fail', (test, error) => {
      results.failed++;
      results.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error.stack ?? String(error) });
      onResults(results);
    });
    runner.on('pending', (test) => {
      results.pending++;
      results.tests.push({ title: test.fullTitle(), state: 'pending' });
      onResults(results);
    });
  });
}
