// Builds the extension's three bundles with esbuild. `--production` minifies; `--watch` rebuilds.
import { build, context } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

execFileSync(process.execPath, [join(root, 'scripts/generate-validator.mjs')], { stdio: 'inherit' });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  // The preview's webview script: a browser bundle, loaded from media/ (the only local resource root).
  { entryPoints: ['client/src/preview/webview/main.ts'], outfile: 'media/preview.js', platform: 'browser', format: 'iife', target: 'es2020', sourcemap: false },
];

if (watch) {
  for (const bundle of bundles) await (await context({ ...common, ...bundle })).watch();
} else {
  await Promise.all(bundles.map((bundle) => build({ ...common, ...bundle })));
}
