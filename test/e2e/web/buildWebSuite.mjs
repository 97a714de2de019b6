// Builds the end-to-end suite for a browser's extension host: test/e2e/suite/web.ts with mocha's
// browser build, `assert` (the npm package) for node:assert, the CLI's findings bundled in
// (support/cliWeb.ts), one CommonJS file the web extension host loads as extensionTestsPath.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/code-server/paths.mjs';

/** Resolves the suite's Node imports to their browser stand-ins. */
const browserStandIns = {
  name: 'browser-stand-ins',
  setup(builder) {
    builder.onResolve({ filter: /^node:assert(\/strict)?$/ }, () => ({ path: join(repoRoot, 'test/e2e/web/assertStrict.cjs') }));
    builder.onResolve({ filter: /^\.\/support\/cli$/ }, (args) => ({ path: join(args.resolveDir, 'support', 'cliWeb.ts') }));
    // mocha's browser build is UMD: given the bundle's `module` it would replace the suite's exports
    // (`run`) with its own; without one it sets the global `mocha`, as in a page.
    builder.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await readFile(args.path, 'utf8')}\n})();`,
      loader: 'js',
    }));
  },
};

/**
 * `cliDiagnostics`: the CLI's JSON for the examples, file names relative to the examples folder.
 * `entry`: the suite itself (its `run()` for @vscode/test-web), or the code-server web runner
 * extension around it, which writes the results to `resultsPath` on the workspace's server.
 */
export async function buildWebSuite(outFile, { cliDiagnostics, grep = '', entry = 'test/e2e/suite/web.ts', resultsPath = '' }) {
  await build({
    entryPoints: [join(repoRoot, entry)],
    outfile: outFile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [browserStandIns],
    // `assert`'s `util` reads process.env.NODE_DEBUG; a web worker has no process.
    define: {
      'process.env.NODE_DEBUG': 'false',
      REVIEW_SUMMARIES_CLI_DIAGNOSTICS: JSON.stringify(cliDiagnostics),
      REVIEW_SUMMARIES_E2E_GREP: JSON.stringify(grep),
      REVIEW_SUMMARIES_E2E_RESULTS_PATH: JSON.stringify(resultsPath),
    },
    inject: [join(repoRoot, 'test/e2e/web/processShim.mjs')],
    sourcemap: 'inline',
    logLevel: 'warning',
    absWorkingDir: repoRoot,
  });
  return outFile;
}
