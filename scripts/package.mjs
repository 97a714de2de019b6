// Packages the extension as a .vsix with vsce. `--check` also lists the files that went in and
// fails if anything is there that should not be (sources, tests, maps, node_modules).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
// `--out <file>`: where to write the .vsix (the end-to-end run packages into its own folder, so
// that runs at the same time never install a .vsix another one is still writing).
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 && process.argv[outIndex + 1] ? resolve(process.argv[outIndex + 1]) : join(root, 'build', 'review-summaries.vsix');
mkdirSync(dirname(out), { recursive: true });

const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
// The README links to docs/ and CONTRIBUTING.md by relative path; with no repository URL to rewrite
// them to, vsce would refuse to package, so they are left as written.
execFileSync(
  process.execPath,
  [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '-o', out],
  { cwd: root, stdio: 'inherit' },
);

if (check) {
  const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  const files = listing
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const forbidden = files.filter(
    (f) => /(^|\/)(src|test|out|node_modules|scripts|\.ci|\.vscode)\//.test(f) || (/\.(ts|map)$/.test(f) && !f.endsWith('.d.ts')),
  );
  const required = [
    'package.json',
    'dist/client.js',
    'dist/server.js',
    'dist/cli.js',
    'dist/browser/client.js',
    'dist/browser/server.js',
    'schemas/review-summary.schema.json',
    'media/preview.js',
    'media/preview.css',
  ];
  const absent = required.filter((f) => !files.includes(f));
  console.log(`vsix files (${files.length}):\n  ${files.join('\n  ')}`);
  if (forbidden.length || absent.length) {
    console.error(
      `package check failed.\n  should not be packaged: ${forbidden.join(', ') || 'none'}\n  missing: ${absent.join(', ') || 'none'}`,
    );
    process.exit(1);
  }
  // Leave a development build in dist/ for the tests that follow.
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
