// Builds the end-to-end suite (mocha included) into one bundle, and the code-server host's
// test-runner extension around that same bundle, packaged as a .vsix for `--install-extension`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/code-server/paths.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: 'inline',
  // Mocha's parallel mode (worker files it finds with require.resolve) is never used in here.
  external: ['vscode', './reporters/parallel-buffered.cjs', './worker.cjs'],
  logLevel: 'warning',
  absWorkingDir: repoRoot,
};

/** The suite as a module exporting `run()` (test-electron's extensionTestsPath). */
export async function buildSuite(outFile) {
  await build({ ...common, entryPoints: ['test/e2e/suite/index.ts'], outfile: outFile });
  return outFile;
}

/** The runner extension in `folder` (wiped first), packaged; returns the .vsix path. */
export async function buildRunnerExtension(folder) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  await buildSuite(join(folder, 'suite.js'));
  await build({ ...common, entryPoints: ['test/e2e/runner/extension.ts'], outfile: join(folder, 'extension.js') });
  return packageTestExtension(folder, {
    name: 'review-summaries-e2e-runner',
    displayName: 'Review Summaries end-to-end test runner',
    description: 'Runs the Review Summaries end-to-end suite inside VS Code (test builds only).',
    main: './extension.js',
    files: ['extension.js', 'suite.js'],
  });
}

/**
 * Packages the test extension built into `folder` as a .vsix (returned): its manifest (the given
 * fields, with the version, publisher, licence and engine of the extension under test), a README
 * and the licence. Not an extensionDependency of the extension under test: that would activate it
 * before the suite could check that opening a summary is what activates it.
 */
export function packageTestExtension(folder, { files, ...fields }) {
  const product = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const manifest = {
    ...fields,
    version: product.version,
    publisher: product.publisher,
    license: product.license,
    private: true,
    engines: { vscode: product.engines.vscode },
    files: [...files, 'README.md', 'LICENSE'],
    activationEvents: ['onStartupFinished'],
  };
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(folder, 'README.md'), `# ${manifest.displayName}\n\n${manifest.description}\n`);
  copyFileSync(join(repoRoot, 'LICENSE'), join(folder, 'LICENSE'));
  const vsix = join(folder, `${manifest.name}.vsix`);
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], {
    cwd: folder,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return vsix;
}
