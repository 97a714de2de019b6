// A quick fix from the server, applied through VS Code, changes exactly the words it should.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, waitForDiagnostics } from './support/diagnostics';
import { openExample, rangeOf, revert } from './support/extension';

describe('quick fixes', () => {
  it('"Rename `numbr` to `number`" renames the key and nothing else', async () => {
    const { document } = await openExample('mistakes.review.yaml');
    try {
      const keyRange = rangeOf(document, 'numbr');
      const isUnknownKey = (d: vscode.Diagnostic) => codeOf(d) === 'schema/unknown-field' && d.range.isEqual(keyRange);
      await waitForDiagnostics(document.uri, (list) => list.some(isUnknownKey), 'the unknown field `numbr`');

      const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
        'vscode.executeCodeActionProvider',
        document.uri,
        keyRange,
        vscode.CodeActionKind.QuickFix.value,
      );
      const titles = actions.map((a) => a.title);
      const rename = actions.find((a): a is vscode.CodeAction => a.title === 'Rename `numbr` to `number`' && 'kind' in a);
      assert.ok(rename, `no rename fix among: ${titles.join(' | ') || '(no actions)'}`);
      assert.ok(rename.kind && vscode.CodeActionKind.QuickFix.contains(rename.kind), 'the fix is a quick fix');
      assert.equal(rename.isPreferred, true, 'the rename is the preferred fix (Shift+Alt+. applies it)');
      assert.ok(rename.edit, 'the fix carries its edit');

      const before = document.getText();
      const start = document.offsetAt(keyRange.start);
      const expected = before.slice(0, start) + 'number' + before.slice(start + 'numbr'.length);
      assert.ok(await vscode.workspace.applyEdit(rename.edit));
      if (rename.command) await vscode.commands.executeCommand(rename.command.command, ...(rename.command.arguments ?? []));
      assert.equal(document.getText(), expected);

      await waitForDiagnostics(
        document.uri,
        (list) => list.length > 0 && !list.some((d) => codeOf(d) === 'schema/unknown-field' && d.range.start.line === keyRange.start.line),
        'the unknown-field diagnostic to go',
      );
    } finally {
      await revert(document);
    }
  });
});
