// The test-runner extension for code-server's web worker extension host: a web extension (only a
// `browser` entry) holding test/e2e/runner/webExtension.ts and the browser build of the suite in
// one file, packaged as a .vsix for `--install-extension`. Its results go to `resultsPath`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/code-server/paths.mjs';
import { buildWebSuite } from './buildWebSuite.mjs';
import { cliDiagnostics } from './cliDiagnostics.mjs';

export async function buildWebRunnerExtension(folder, { resultsPath, grep = '' }) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  await buildWebSuite(join(folder, 'extension.js'), {
    entry: 'test/e2e/runner/webExtension.ts',
    cliDiagnostics: cliDiagnostics(),
    grep,
    resultsPath,
  });
  const product = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const manifest = {
    name: 'review-summaries-e2e-web-runner',
    displayName: 'Review Summaries end-to-end test runner (web worker)',
    description: 'Runs the Review Summaries end-to-end suite in a web worker extension host (test builds only).',
    version: product.version,
    publisher: product.publisher,
    license: product.license,
    private: true,
    engines: { vscode: product.engines.vscode },
    browser: './extension.js',
    files: ['extension.js', 'README.md', 'LICENSE'],
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
