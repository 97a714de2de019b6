// The test-runner extension for the code-server host: installed beside the packaged extension,
// it runs the end-to-end suite in the real extension host as soon as the window has started,
// and the suite writes its results where the host asked (REVIEW_SUMMARIES_E2E_RESULTS).
// Without that variable it does nothing, so installing it by accident is harmless.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { resultsFileVariable, type SuiteResults } from '../suite/results';

export function activate(): void {
  const resultsFile = process.env[resultsFileVariable];
  if (!resultsFile) return;
  let suite: { run(): Promise<void> };
  try {
    // Loaded at run time: the suite is its own bundle, the very file the test-electron host loads.
    suite = require(path.join(__dirname, 'suite.js')) as { run(): Promise<void> };
  } catch (error) {
    const results: SuiteResults = {
      finished: true,
      passed: 0,
      failed: 1,
      pending: 0,
      tests: [{ title: 'loading the end-to-end suite', state: 'failed', error: (error as Error).stack ?? String(error) }],
    };
    writeFileSync(resultsFile, JSON.stringify(results, null, 2));
    return;
  }
  // A rejection means failed tests, and those are in the results file already.
  suite.run().catch(() => undefined);
}

export function deactivate(): void {}
