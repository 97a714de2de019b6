// The browser host's stand-in for support/cli.ts: an extension host in a browser cannot start the
// CLI, so test/e2e/web/run.mjs runs it on the repository's examples before the suite is built and
// bundles its JSON in (esbuild `define`), with file names relative to the examples folder.
import * as vscode from 'vscode';
import type { CliDiagnostic } from './cli';
import { examplesFolder } from './extension';

export type { CliDiagnostic } from './cli';

declare const REVIEW_SUMMARIES_CLI_DIAGNOSTICS: CliDiagnostic[];

/** The CLI's findings for these files (workspace paths), named by the workspace's paths as the Node version does. */
export async function checkWithCli(files: string[]): Promise<CliDiagnostic[]> {
  const folder = examplesFolder();
  const inWorkspace = (relative: string) => vscode.Uri.joinPath(folder, relative).fsPath;
  return REVIEW_SUMMARIES_CLI_DIAGNOSTICS.map((d) => ({
    ...d,
    file: inWorkspace(d.file),
    ...(d.related ? { related: d.related.map((r) => ({ ...r, file: inWorkspace(r.file) })) } : {}),
  })).filter((d) => files.includes(d.file));
}
