// The end-to-end suite's entry point in Node extension hosts (web.ts is the browser's): `@vscode/test-electron` calls `run()`
// as its extensionTestsPath module, and the code-server host's runner extension calls it on start.
// The bundle (mocha included) is built by test/e2e/host/buildSuite.mjs.
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import { grepVariable, resultsFileVariable, type SuiteResults } from './results';
import { loadTestFiles } from './testFiles';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env[grepVariable];
  if (grep) mocha.grep(new RegExp(grep));
  // What `mocha.addFile` + `loadFiles` would do, for test files that are already in this bundle.
  mocha.suite.emit('pre-require', globalThis, 'e2e', mocha);
  const results: SuiteResults = { finished: false, passed: 0, failed: 0, pending: 0, tests: [] };
  const resultsFile = process.env[resultsFileVariable];
  const save = () => {
    if (resultsFile) writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  };
  return new Promise((resolve, reject) => {
    try {
      loadTestFiles();
      // Last: it kills the language server process, so every test before it talks to the first one.
      require('./serverRestart.e2e');
      const runner = mocha.run((failures) => {
        results.finished = true;
        save();
        if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
        else resolve();
      });
      runner.on('pass', (test) => {
        results.passed++;
        results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
        save();
      });
      runner.on('fail', (test, error: Error) => {
        results.failed++;
        results.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error.stack ?? String(error) });
        save();
      });
      runner.on('pending', (test) => {
        results.pending++;
        results.tests.push({ title: test.fullTitle(), state: 'pending' });
        save();
      });
    } catch (error) {
      results.finished = true;
      results.failed++;
      results.tests.push({ title: 'loading the end-to-end suite', state: 'failed', error: (error as Error).stack ?? String(error) });
      save();
      reject(error);
    }
  });
}
