// Completion in `addressedTo` offers agencies from the catalogue, and picking one writes its name;
// suggestions are on in values, and the snippets come only where a new recommendation starts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openExample, revert } from './support/extension';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('completion', () => {
  it('offers catalogue agencies for a new addressedTo item, and inserts the chosen name', async () => {
    const editor = await openExample('uttlesford.review.yaml');
    const { document } = editor;
    try {
      // A new item under the first recommendation's addressedTo, half typed.
      const firstItem = document.getText().indexOf('      - Essex Safeguarding Adults Board\n');
      assert.ok(firstItem >= 0, 'the example still has its first addressee');
      const itemLine = document.positionAt(firstItem).line;
      const typed = '      - Essex Pol';
      const insert = new vscode.WorkspaceEdit();
      insert.insert(document.uri, new vscode.Position(itemLine + 1, 0), `${typed}\n`);
      assert.ok(await vscode.workspace.applyEdit(insert));
      const cursor = new vscode.Position(itemLine + 1, typed.length);

      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        cursor,
      );
      const labels = list.items.map(labelOf);
      const police = list.items.find((item) => labelOf(item) === 'Essex Police');
      assert.ok(
        police,
        `"Essex Police" (a police force from the catalogue) is not offered; got: ${labels.slice(0, 20).join(', ') || '(nothing)'}`,
      );

      const range = police.range instanceof vscode.Range ? police.range : police.range?.replacing;
      const insertText = typeof police.insertText === 'string' ? police.insertText : (police.insertText?.value ?? labelOf(police));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, range ?? document.getWordRangeAtPosition(cursor)!, insertText);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(document.lineAt(itemLine + 1).text, '      - Essex Police');
    } finally {
      await revert(document);
    }
  });

  it('pops up by itself in values, and offers the recommendation snippets only where a new item starts', async () => {
    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'review-summary' });
    assert.deepEqual(settings.get('quickSuggestions'), { other: 'on', comments: 'off', strings: 'on' });
    assert.equal(settings.get('wordBasedSuggestions'), 'off');
    const editor = await openExample('uttlesford.review.yaml');
    const { document } = editor;
    try {
      const secondItemLine = document.positionAt(document.getText().indexOf('  - number: 2\n')).line;
      const typed = '  - rec';
      const insert = new vscode.WorkspaceEdit();
      insert.insert(document.uri, new vscode.Position(secondItemLine, 0), `${typed}\n`);
      assert.ok(await vscode.workspace.applyEdit(insert));
      const snippetsAt = async (position: vscode.Position): Promise<string[]> => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          document.uri,
          position,
        );
        return list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
      };
      assert.deepEqual(await snippetsAt(new vscode.Position(secondItemLine, typed.length)), [
        'recommendation',
        'recommendation with parts',
      ]);
      const proseLine = document.positionAt(document.getText().indexOf('      The Essex Safeguarding Adults Board (ESAB)')).line;
      assert.deepEqual(await snippetsAt(new vscode.Position(proseLine, document.lineAt(proseLine).text.length)), [], 'no snippet in prose');
    } finally {
      await revert(document);
    }
  });
});
