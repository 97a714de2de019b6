// ESLint: typescript-eslint's recommended rules, and the boundaries between the parts
// (docs/architecture.md). Formatting is Prettier's (.prettierrc.json); eslint-config-prettier
// turns off the rules that would disagree with it.
import { builtinModules } from 'node:module';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import boundaries from './scripts/eslint/importBoundaries.mjs';

const nodeBuiltins = builtinModules.flatMap((name) => [name, `node:${name}`, `${name}/*`]);
const nodeOnly = {
  group: nodeBuiltins,
  message: 'Node built-ins are not available on the web: read files through the runtime the server is given.',
};
const vscodeApi = { name: 'vscode', message: 'Only the client talks to VS Code.' };
const runtimeLspEntries = ['vscode-languageserver/node', 'vscode-languageserver/browser'].map((name) => ({
  name,
  message: 'The LSP layer runs in Node and in a web worker alike: only node/serverMain.ts and browser/serverMain.ts make the connection.',
}));
const lspPackages = [
  'vscode-languageserver',
  'vscode-languageserver/node',
  'vscode-languageserver/browser',
  'vscode-languageclient',
  'vscode-languageclient/node',
  'vscode-languageclient/browser',
].map((name) => ({
  name,
  message: 'The language service has no LSP connection: server.ts wires it to the protocol.',
}));
/** The folders (and bundled data) each part may import from, by relative path from the repository root. */
const onlyFrom = (part, allow) => ['error', { part, allow }];
const bundledData = ['schemas/', 'data/', 'snippets/', 'package.json'];

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'build/', 'media/preview.js', 'server/src/generated/', 'test/fixtures/', '.e2e/', '.bench/', '**/*.d.ts'] },
  { files: ['**/*.ts'], extends: [tseslint.configs.recommended] },
  {
    files: ['**/*.ts'],
    plugins: { boundaries },
    rules: {
      // Unused names start with "_" on purpose (a callback's unused parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The language service: plain TypeScript over text.
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [vscodeApi, ...lspPackages], patterns: [nodeOnly] }],
      'boundaries/only-from': onlyFrom('The language service', ['server/src/service/', 'server/src/generated/', 'common/', ...bundledData]),
    },
  },
  {
    // What both sides share: no runtime of its own, and nothing of either side.
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [vscodeApi, ...lspPackages], patterns: [nodeOnly] }],
      'boundaries/only-from': onlyFrom('common/', ['common/']),
    },
  },
  {
    // The LSP layer runs in Node and in a web worker alike: what differs comes in through its runtime.
    files: ['server/src/server.ts', 'server/src/lsp/**/*.ts', 'server/src/workspace/layeredWorkspaces.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [vscodeApi, ...runtimeLspEntries], patterns: [nodeOnly] }],
      'boundaries/only-from': onlyFrom('The LSP layer', [
        'server/src/server.ts',
        'server/src/lsp/',
        'server/src/workspace/layeredWorkspaces.ts',
        'server/src/service/',
        'common/',
        ...bundledData,
      ]),
    },
  },
  {
    // The client reaches the server only through the protocol in common/.
    files: ['client/src/**/*.ts'],
    rules: { 'boundaries/only-from': onlyFrom('The client', ['client/', 'common/', ...bundledData]) },
  },
  {
    // The preview's webview script runs in the page: no vscode, no Node.
    files: ['client/src/preview/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [vscodeApi], patterns: [nodeOnly] }],
      'boundaries/only-from': onlyFrom('The webview script', ['client/src/preview/webview/', 'common/']),
    },
  },
  {
    // The end-to-end suite is bundled into the extension host, where mocha loads test files with require().
    files: ['test/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The browser mains run in web workers.
    files: ['client/src/browser/**/*.ts', 'server/src/browser/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeOnly] }] },
  },
  prettier,
  {
    // Prettier wraps code at 140 columns but leaves long literals whole; this holds code and
    // comments to 160 while word lists, regular expressions and templates may run on.
    files: ['**/*.ts'],
    rules: {
      'max-len': ['error', { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
    },
  },
);
