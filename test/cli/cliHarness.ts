// What the tests of the built command-line tool share: where it is (and a clear failure when it
// has not been built), running it, temporary libraries of files, and the rows of its JSON output.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { repoRoot } from '../support/paths';

export const builtCli = join(repoRoot, 'dist', 'cli.js');

/** Fails the calling test with what to do when dist/cli.js is missing. */
function requireBuiltCli(): void {
  assert.ok(existsSync(builtCli), `${builtCli} is missing: build first (npm run build, or npm run test:cli, which builds)`);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `review-summary ...args` in `cwd`. */
export function runCli(cwd: string, ...args: string[]): CliRun {
  requireBuiltCli();
  const result = spawnSync(process.execPath, [builtCli, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One diagnostic of `check --format json`. */
export interface CliRow {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
  related?: Array<{ file: string; message: string }>;
}

/** Temporary folders for a test file, removed after its tests. */
export function temporaryFolders(prefix: string): { folder(): string; library(files: Record<string, string>): string } {
  const made: string[] = [];
  after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const folder = (): string => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
  return {
    folder,
    /** A new folder holding `files` (relative path → text). */
    library(files) {
      const dir = folder();
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return dir;
    },
  };
}
