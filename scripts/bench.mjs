// `npm run bench [-- --quick] [-- --docs] [-- --open-only]`: builds, bundles test/bench/main.ts with esbuild
// (as the tests are bundled) and runs it. See test/bench/main.ts for what is measured.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const outDir = mkdtempSync(join(tmpdir(), 'review-summaries-bench-'));
await build({
  entryPoints: [join(root, 'test', 'bench', 'main.ts')],
  outfile: join(outDir, 'bench.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['yaml-language-server'],
  logLevel: 'warning',
  absWorkingDir: root,
});
const result = spawnSync(process.execPath, [join(outDir, 'bench.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, REVIEW_SUMMARIES_ROOT: root },
});
rmSync(outDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
