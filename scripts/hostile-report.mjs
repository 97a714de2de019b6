// Measures every case of the hostile corpus (test/fixtures/hostile/manifest.json), each in a
// fresh node process: time to validate, time for every other feature, heap growth, peak RSS,
// and what the person sees. Prints a table (and --json the raw rows). Figures, never assertions.
//   node scripts/hostile-report.mjs [--json] [--timeout=120] [case names...]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const timeoutSeconds = Number(args.find((a) => a.startsWith('--timeout='))?.split('=')[1] ?? 120);
const wanted = args.filter((a) => !a.startsWith('--'));
const cases = JSON.parse(readFileSync(join(root, 'test/fixtures/hostile/manifest.json'), 'utf8'))
  .cases.map((c) => c.name)
  .filter((n) => wanted.length === 0 || wanted.includes(n));

const outDir = mkdtempSync(join(tmpdir(), 'review-summaries-hostile-'));
await build({
  entryPoints: [join(root, 'test/hostile/measure.ts')],
  outfile: join(outDir, 'measure.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  absWorkingDir: root,
});

const rows = [];
for (const name of cases) {
  const result = spawnSync(process.execPath, ['--stack-size=984', join(outDir, 'measure.js'), name], {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    env: { ...process.env, REVIEW_SUMMARIES_ROOT: root },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    rows.push({
      name,
      failed:
        result.error?.code === 'ETIMEDOUT'
          ? `timed out after ${timeoutSeconds} s`
          : `exit ${result.status}: ${(result.stderr || '').split('\n').slice(0, 3).join(' ')}`,
    });
    continue;
  }
  rows.push(JSON.parse(result.stdout.trim().split('\n').pop()));
}
rmSync(outDir, { recursive: true, force: true });

if (asJson) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const table = [['case', 'chars', 'validate ms', 'features ms', 'heap MB', 'peak RSS MB', 'diagnostics', 'what the person sees first']];
  for (const r of rows) {
    if (r.failed) table.push([r.name, '', '', '', '', '', 'FAILED', r.failed]);
    else
      table.push([
        r.name,
        String(r.characters),
        String(r.validateMs),
        String(r.featuresMs),
        String(r.heapAfterValidateMB),
        String(r.peakRssMB),
        `${r.diagnostics} (${Object.entries(r.rules)
          .map(([k, v]) => `${k}×${v}`)
          .join(', ')})`,
        r.firstMessage.slice(0, 140),
      ]);
  }
  const widths = table[0].map((_, i) => Math.min(60, Math.max(...table.map((row) => row[i].length))));
  for (const row of table) console.log(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join(' | '));
  const bad = rows.filter((r) => r.failed || r.problems?.length || !r.expectMet);
  for (const r of bad)
    console.log(
      `\n${r.name}: ${r.failed ?? ''}${r.problems?.length ? ` problems: ${r.problems.slice(0, 5).join('\n  ')}` : ''}${r.expectMet === false ? ' expected rules missing' : ''}`,
    );
}
