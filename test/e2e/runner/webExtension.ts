// The test-runner extension for code-server's web worker extension host (test/e2e/run.mjs
// --web-worker): a web extension bundled with the browser build of the suite, which it runs as
// soon as the window has started. A web worker has no environment variables and no disk, so the
// results file's path is built in (esbuild `define`) and written through `workspace.fs`, on the
// server the workspace folder lives on.
import * as vscode from 'vscode';
import { runReporting } from '../suite/web';
import type { SuiteResults } from '../suite/results';

declare const REVIEW_SUMMARIES_E2E_RESULTS_PATH: string;

export function activate(): void {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder || !REVIEW_SUMMARIES_E2E_RESULTS_PATH) return;
  const resultsFile = folder.with({ path: REVIEW_SUMMARIES_E2E_RESULTS_PATH });
  // One write at a time, the latest results last (the host follows the file until `finished`).
  let writing = Promise.resolve();
  const save = (results: SuiteResults) => {
    const text = new TextEncoder().encode(JSON.stringify(results, null, 2));
    writing = writing.then(() => vscode.workspace.fs.writeFile(resultsFile, text)).catch(() => undefined);
  };
  // A rejection means failed tests, and those are in the results file already.
  runReporting(save).catch(() => undefined);
}

export function deactivate(): void {}
