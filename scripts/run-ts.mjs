// Runs one TypeScript entry point (a script, not a test) after bundling it with esbuild, the way
// scripts/run-tests.mjs runs tests: `node scripts/run-ts.mjs path/to/entry.ts [args...]`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` and runs it with node; returns its exit status. */
export async function runTs(entry, args = []) {
  const outDir = mkdtempSync(join(tmpdir(), 'review-summaries-run-'));
  const outfile = join(outDir, 'entry.js');
  try {
    await build({
      entryPoints: [resolve(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: 'inline',
      external: ['vscode', 'playwright-core', 'esbuild'],
      logLevel: 'warning',
      absWorkingDir: root,
    });
    const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, REVIEW_SUMMARIES_ROOT: root },
    });
    return result.status ?? 1;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: node scripts/run-ts.mjs <entry.ts> [args...]');
    process.exit(2);
  }
  process.exit(await runTs(entry, args));
}
