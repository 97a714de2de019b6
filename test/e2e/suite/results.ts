// What the end-to-end suite hands back to its host: a JSON file, named by an environment
// variable the host sets. Shared by the suite, the runner extension and (as plain JSON) run.mjs.

/** Set by the host: where to write the results as JSON (a `SuiteResults`). */
export const resultsFileVariable = 'REVIEW_SUMMARIES_E2E_RESULTS';
/** Optional: run only the tests whose full title matches this regular expression. */
export const grepVariable = 'REVIEW_SUMMARIES_E2E_GREP';

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  finished: boolean;
  passed: number;
  failed: number;
  pending: number;
  tests: TestOutcome[];
}
