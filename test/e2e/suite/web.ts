// The end-to-end suite's entry point in a browser's extension host (VS Code for the Web, run by
// test/e2e/web/run.mjs through @vscode/test-web): mocha's browser build, the same test files but
// the server restart (a web worker has no process to kill). Test output goes to the console,
// which the workbench hands to the page (codeAutomationLog); the last line counts the tests.
// Sets the global `mocha` (test/e2e/web/buildWebSuite.mjs hides the bundle's `module` from it).
import 'mocha/mocha.js';
import { loadTestFiles } from './testFiles';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter?: string; timeout: number; color: boolean; grep?: string }): void;
  run(done: (failures: number) => void): { on(event: 'pass' | 'fail' | 'pending', listener: () => void): void };
}

/** Set by the host (esbuild `define`): run only the matching tests, as REVIEW_SUMMARIES_E2E_GREP does in Node. */
declare const REVIEW_SUMMARIES_E2E_GREP: string;

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false, ...(REVIEW_SUMMARIES_E2E_GREP ? { grep: REVIEW_SUMMARIES_E2E_GREP } : {}) });
  loadTestFiles();
  const counts = { passed: 0, failed: 0, pending: 0 };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`web: suite: ${counts.passed} passed, ${counts.failed} failed, ${counts.pending} pending`);
      if (failures > 0 || counts.passed === 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => counts.passed++);
    runner.on('fail', () => counts.failed++);
    runner.on('pending', () => counts.pending++);
  });
}
