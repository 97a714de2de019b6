// Runs test files with node's test runner after bundling each with esbuild (no type check here:
// `npm run typecheck` does that, so one unfinished file elsewhere never blocks a test run).
//   node scripts/run-tests.mjs test/unit                 a folder (its *.test.ts files)
//   node scripts/run-tests.mjs test/unit/foo.test.ts     single files
//   --concurrency=1                                      run files one at a time
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const concurrency = args.find((a) => a.startsWith('--concurrency='));
const targets = args.filter((a) => !a.startsWith('--'));

function testFiles(path) {
  const full = resolve(root, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full)
    .sort()
    .flatMap((name) => {
      const child = join(full, name);
      if (statSync(child).isDirectory()) return name === 'fixtures' ? [] : testFiles(child);
      return name.endsWith('.test.ts') ? [child] : [];
    });
}

const files = targets.flatMap(testFiles);
if (files.length === 0) {
  console.error('run-tests: no test files found in ' + targets.join(' '));
  process.exit(1);
}
const outDir = mkdtempSync(join(tmpdir(), 'review-summaries-tests-'));
await build({
  entryPoints: Object.fromEntries(files.map((f) => [relative(root, f).replace(/\.ts$/, ''), f])),
  outdir: outDir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'playwright-core', 'fast-check', 'yaml-language-server', 'esbuild', 'eslint', 'typescript'],
  logLevel: 'warning',
  absWorkingDir: root,
});
const bundled = files.map((f) => join(outDir, relative(root, f).replace(/\.ts$/, '.js')));
const result = spawnSync(
  process.execPath,
  [
    '--enable-source-maps',
    '--test',
    '--test-reporter=spec',
    ...(concurrency ? [`--test-concurrency=${concurrency.split('=')[1]}`] : []),
    ...bundled,
  ],
  {
    cwd: root,
    stdio: 'inherit', // External packages (fast-check ...) resolve from the repository, not the temporary folder.
    env: { ...process.env, REVIEW_SUMMARIES_ROOT: root, NODE_PATH: join(root, 'node_modules') },
  },
);
rmSync(outDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
