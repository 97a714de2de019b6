import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentSymbol, SymbolInformation, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { TestLspClient } from '../support/lspClient';
import { examplesDir } from '../support/paths';
import { numberRuleIds } from '../../server/src/service/rules/numbering/numberRules';

const seed = readFileSync(join(examplesDir, 'uttlesford.review.yaml'), 'utf8');

/** The seed page with its recommendations in the web page's text order: 1, 10, 11, 12, 2, ... */
function typedAsOnTheWeb(): string {
  const [head, list] = seed.split('recommendations:\n');
  const items = list.split(/(?=^ {2}- number: )/m);
  return `${head}recommendations:\n${[1, 10, 11, 12, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => items[n - 1]).join('')}`;
}

const numbering = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => String(d.code).startsWith('numbering/'));

describe('server over stdio: numbering quick fixes and outline', () => {
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    const init = (await client.initialize()) as {
      capabilities: { workspaceSymbolProvider?: boolean; documentSymbolProvider?: boolean; foldingRangeProvider?: boolean };
    };
    assert.equal(init.capabilities.workspaceSymbolProvider, true);
    assert.equal(init.capabilities.documentSymbolProvider, true);
    assert.equal(init.capabilities.foldingRangeProvider, true);
  });
  after(() => client.shutdown());

  test('a quick fix on a numbering diagnostic applies as a versioned edit and clears numbering', async () => {
    const uri = 'file:///virtual/web-order.review.yaml';
    const text = typedAsOnTheWeb();
    await client.open(uri, text, 1);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const outOfOrder = numbering(diagnostics);
    assert.deepEqual(
      outOfOrder.map((d) => [d.code, d.range.start.line]),
      [
        [numberRuleIds.outOfOrder, 26],
        [numberRuleIds.outOfOrder, 33],
        [numberRuleIds.outOfOrder, 43],
      ],
    );
    const lineOfTwo = text.slice(0, text.indexOf('  - number: 2\n')).split('\n').length - 1;
    assert.equal(outOfOrder[0].relatedInformation?.[0].location.range.start.line, lineOfTwo, 'points at recommendation 2');

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: outOfOrder[0].range,
      context: { diagnostics: [outOfOrder[0]], only: ['quickfix'] },
    });
    const sort = actions.find((action) => action.title === 'Sort recommendations by number');
    assert.ok(sort, `offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(sort.isPreferred, true);
    const change = sort.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });

    const sorted = TextDocument.applyEdits(TextDocument.create(uri, 'review-summary', 1, text), change.edits as TextEdit[]);
    assert.equal(sorted, seed);
    await client.change(uri, 2, [{ text: sorted }]);
    const afterFix = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(numbering(afterFix.diagnostics), []);
    await client.close(uri);
  });

  test('renumber applies over the protocol too (a gap and a repeat)', async () => {
    const uri = 'file:///virtual/renumber.review.yaml';
    const text = seed.replace('  - number: 5\n', '  - number: 4\n').replace('  - number: 12\n', '  - number: 13\n');
    await client.open(uri, text, 1);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const found = numbering(diagnostics);
    assert.deepEqual(
      found.map((d) => d.code),
      [numberRuleIds.duplicate, numberRuleIds.gap],
    );
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: found[1].range,
      context: { diagnostics: [found[1]] },
    });
    const renumber = actions.find((action) => action.title === 'Renumber recommendations 1..N in file order')!;
    const change = renumber.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.edits.length, 2, 'only the two wrong numbers are edited');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'review-summary', 1, text), change.edits as TextEdit[]);
    assert.equal(fixed, seed);
    await client.change(uri, 2, [{ text: fixed }]);
    assert.deepEqual((await client.waitForDiagnostics(uri, (p) => p.version === 2)).diagnostics, []);
    await client.close(uri);
  });

  test('document symbols and folding ranges', async () => {
    const uri = 'file:///virtual/outline.review.yaml';
    await client.open(uri, seed);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'Uttlesford review');
    assert.equal(symbols[0].children!.length, 12);
    assert.equal(symbols[0].children![2].name, '3. EPUT should provide evidence and demonstrate to ESAB that:');
    assert.equal(symbols[0].children![2].children!.length, 6);
    const folds = await client.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', {
      textDocument: { uri },
    });
    assert.ok(
      folds.some((f) => f.startLine === 41 && f.endLine === 70),
      'recommendation 3 folds',
    );
    await client.close(uri);
  });
});

describe('server over stdio: workspace symbols', () => {
  let client: TestLspClient;
  let folder: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'review-summaries-ws-'));
    mkdirSync(join(folder, 'reviews', '2023'), { recursive: true });
    mkdirSync(join(folder, 'node_modules', 'some-package'), { recursive: true });
    writeFileSync(join(folder, 'reviews', '2023', 'uttlesford.review.yaml'), seed);
    writeFileSync(
      join(folder, 'westshire.review.yml'),
      'title: Westshire review\ncsp: Westshire\nrecommendations:\n  - number: 1\n    text: Westshire Police should review its DASH training.\n',
    );
    writeFileSync(join(folder, 'node_modules', 'some-package', 'hidden.review.yaml'), 'title: Hidden review\n');
    writeFileSync(join(folder, 'notes.yaml'), 'title: Not a summary\n');
    client = new TestLspClient();
    await client.initialize(pathToFileURL(folder).toString());
  });
  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  const query = (q: string): Promise<SymbolInformation[]> => client.request<SymbolInformation[]>('workspace/symbol', { query: q });

  test('summaries under the folder are found, node_modules and other YAML are not', async () => {
    const titles = (await query('review'))
      .filter((s) => !s.containerName)
      .map((s) => s.name)
      .sort();
    assert.deepEqual(titles, ['Uttlesford review', 'Westshire review']);
    const eput = await query('EPUT should provide evidence');
    assert.equal(eput[0].name, '3. EPUT should provide evidence and demonstrate to ESAB that:');
    assert.equal(eput[0].containerName, 'Uttlesford review');
    assert.equal(eput[0].location.uri, pathToFileURL(join(folder, 'reviews', '2023', 'uttlesford.review.yaml')).toString());
    assert.deepEqual(eput[0].location.range, { start: { line: 41, character: 12 }, end: { line: 41, character: 13 } });
  });

  test('folders added to and removed from the workspace are followed', async () => {
    const second = mkdtempSync(join(tmpdir(), 'review-summaries-ws2-'));
    try {
      writeFileSync(join(second, 'northshire.review.yaml'), 'title: Northshire review\ncsp: Northshire\n');
      const folderUri = (path: string) => ({ uri: pathToFileURL(path).toString(), name: path });
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [folderUri(second)], removed: [] },
      });
      const titles = async () =>
        (await query('review'))
          .filter((s) => !s.containerName)
          .map((s) => s.name)
          .sort();
      assert.deepEqual(await titles(), ['Northshire review', 'Uttlesford review', 'Westshire review']);
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [], removed: [folderUri(second)] },
      });
      assert.deepEqual(await titles(), ['Uttlesford review', 'Westshire review']);
    } finally {
      rmSync(second, { recursive: true, force: true });
    }
  });

  test('an open document counts with its unsaved text', async () => {
    const uri = pathToFileURL(join(folder, 'westshire.review.yml')).toString();
    await client.open(
      uri,
      'title: Eastshire review\ncsp: Eastshire\nrecommendations:\n  - number: 1\n    text: Eastshire Police should act.\n',
    );
    const titles = (await query('shire review')).filter((s) => !s.containerName).map((s) => s.name);
    assert.deepEqual(titles, ['Eastshire review']);
    await client.close(uri);
    const afterClose = (await query('shire review')).filter((s) => !s.containerName).map((s) => s.name);
    assert.deepEqual(afterClose, ['Westshire review']);
  });
});
