// Runs the command-line tool that ships inside the installed extension, so the editor and the CLI
// being compared come from the same package.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import type { PlainDiagnostic } from './diagnostics';
import { extensionUnderTest } from './extension';

export interface CliDiagnostic extends PlainDiagnostic {
  file: string;
}

/** `review-summary check --format json <files>`; exit code 1 (errors found) is an answer, not a failure. */
export function checkWithCli(files: string[]): Promise<CliDiagnostic[]> {
  const cli = path.join(extensionUnderTest().extensionPath, 'dist', 'cli.js');
  // In VS Code desktop the extension host is Electron: ELECTRON_RUN_AS_NODE makes it plain Node.
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, 'check', '--format', 'json', ...files],
      { env, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exitCode = error ? (error as { code?: unknown }).code : 0;
        if (exitCode !== 0 && exitCode !== 1) {
          reject(new Error(`the CLI failed (exit ${String(exitCode)}): ${stderr || error?.message}`));
          return;
        }
        try {
          resolve(JSON.parse(stdout) as CliDiagnostic[]);
        } catch (parseError) {
          reject(new Error(`the CLI did not print JSON (${(parseError as Error).message}): ${stdout.slice(0, 500)}`));
        }
      },
    );
  });
}
