// Builds the extension's bundles with esbuild: client, server and CLI for Node, client and server
// for the browser (the `browser` entry and its web worker), the preview's webview script.
// `--production` minifies; `--watch` rebuilds.
import { build, context } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// Code and data generated into server/src/generated/ before anything is bundled.
for (const generator of ['generate-validator.mjs', 'generate-precomputed.mjs'])
  execFileSync(process.execPath, [join(root, 'scripts', generator)], { stdio: 'inherit' });

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

// The browser bundles may not pull in a Node built-in by mistake: esbuild fails on one with `platform: 'browser'`.
const browser = { platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], conditions: ['browser'] };

const bundles = [
  { entryPoints: ['client/src/node/clientMain.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/serverMain.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  // The web extension host loads the client as CommonJS (`vscode` is its one require); the server is a classic worker script.
  { ...browser, entryPoints: ['client/src/browser/clientMain.ts'], outfile: 'dist/browser/client.js', external: ['vscode'], format: 'cjs' },
  { ...browser, entryPoints: ['server/src/browser/serverMain.ts'], outfile: 'dist/browser/server.js', format: 'iife' },
  // The preview's webview script: a browser bundle, loaded from media/ (the only local resource root).
  {
    entryPoints: ['client/src/preview/webview/main.ts'],
    outfile: 'media/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    sourcemap: false,
  },
];

if (watch) {
  for (const bundle of bundles) await (await context({ ...common, ...bundle })).watch();
} else {
  await Promise.all(bundles.map((bundle) => build({ ...common, ...bundle })));
}
