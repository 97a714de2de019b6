// The boundaries between the parts (docs/architecture.md) fail `npm run lint` and `tsc -b`, not
// just a review: these tests put a forbidden import or global into a file of each part and read
// what ESLint and the TypeScript project say, so a loosened config is caught here.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { repoRoot } from '../support/paths';

const eslint = new ESLint({ cwd: repoRoot });

/** The rules ESLint reports for `code` as if it were the file at `path` (from the repository root). */
async function lintRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, path) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

test('ESLint rejects vscode, LSP and Node imports in the language service', async () => {
  const servicePath = 'server/src/service/rules/exampleRule.ts';
  for (const code of [
    "import * as vscode from 'vscode';\nexport const x = vscode;\n",
    "import { createConnection } from 'vscode-languageserver/node';\nexport const x = createConnection;\n",
    "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n",
  ]) {
    assert.deepEqual(await lintRules(servicePath, code), ['no-restricted-imports'], code);
  }
  // The same service file, importing what it may: no finding.
  assert.deepEqual(await lintRules(servicePath, "import { isMap } from 'yaml';\nexport const x = isMap;\n"), []);
});

test('ESLint keeps each part to the folders it may import from', async () => {
  const fromService = "import { x } from '../../../../client/src/node/serverFlags';\nexport const y = x;\n";
  assert.deepEqual(await lintRules('server/src/service/rules/exampleRule.ts', fromService), ['boundaries/only-from']);
  const fromClient = "import { parseSummary } from '../../../server/src/service/parse/parseSummary';\nexport const y = parseSummary;\n";
  assert.deepEqual(await lintRules('client/src/node/example.ts', fromClient), ['boundaries/only-from']);
  // The client may use vscode; the service may not.
  assert.deepEqual(await lintRules('client/src/node/example.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n"), []);
});

/** TypeScript's errors for `code` as a file of the project whose tsconfig.json is at `project`. */
function typeErrors(project: string, code: string): string[] {
  const configPath = join(repoRoot, project, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  assert.ok(config, `${project}/tsconfig.json must parse`);
  const fileName = join(dirname(configPath), '__boundaryProbe.ts');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name === fileName || ts.sys.fileExists(name);
  host.readFile = (name) => (name === fileName ? code : readFile(name));
  host.getSourceFile = (name, language) =>
    name === fileName ? ts.createSourceFile(name, code, language, true) : getSourceFile(name, language);
  const lib = config.fileNames.filter((name) => name.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [...lib, fileName], options: { ...config.options, noEmit: true }, host });
  return program
    .getSemanticDiagnostics(program.getSourceFile(fileName))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

test('the service project has no DOM or Node globals, only the web standards every runtime has', () => {
  const probe = 'export const a = document.title;\nexport const b = process.env;\nexport const c = new URL("https://example.org").host;\n';
  const errors = typeErrors('server/src/service', probe);
  assert.ok(
    errors.some((error) => /Cannot find name 'document'/.test(error)),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((error) => /Cannot find name 'process'/.test(error)),
    errors.join('\n'),
  );
  assert.equal(errors.length, 2, errors.join('\n'));
  // The webview is the one part with the DOM.
  assert.deepEqual(typeErrors('client/src/preview/webview', 'export const a = document.title;\n'), []);
});
