// The CLI's findings on the repository's examples, with file names relative to that folder: what
// the browser builds of the suite compare the editor with (support/cliWeb.ts), since a browser
// extension host cannot start the CLI itself.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/code-server/paths.mjs';

export function cliDiagnostics() {
  const examples = join(repoRoot, 'examples');
  const files = readdirSync(examples)
    .filter((name) => /\.review\.ya?ml$/.test(name))
    .sort();
  try {
    return JSON.parse(
      execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json', ...files], {
        cwd: examples,
        encoding: 'utf8',
      }),
    );
  } catch (error) {
    if (error.status !== 1) throw error; // 1: errors found, the expected answer for mistakes.review.yaml
    return JSON.parse(error.stdout);
  }
}
