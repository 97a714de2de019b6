// The outline (document symbols) lists the recommendations under the summary's title.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { openExample } from './support/extension';

describe('document symbols', () => {
  it('list every recommendation, by number, under the title', async () => {
    const { document } = await openExample('uttlesford.review.yaml');
    const summary = parse(document.getText()) as { title: string; recommendations: Array<{ number: number }> };
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.equal(symbols?.length, 1, `one root symbol, the summary; got ${symbols ? symbols.length : 'no answer from a symbol provider'}`);
    const [root] = symbols;
    assert.equal(root!.name, summary.title);
    const numbers = root!.children.map((child) => /^(\d+)\. /.exec(child.name)?.[1]);
    assert.deepEqual(
      numbers,
      summary.recommendations.map((r) => String(r.number)),
      `children: ${root!.children.map((c) => c.name).join(' | ')}`,
    );
    for (const [index, child] of root!.children.entries()) {
      const numberLine = document.lineAt(child.selectionRange.start.line).text;
      assert.match(
        numberLine,
        new RegExp(`number: ${summary.recommendations[index]!.number}\\b`),
        `recommendation ${index + 1}'s symbol points at its number`,
      );
    }
  });
});
