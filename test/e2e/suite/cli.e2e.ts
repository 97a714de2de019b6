// The command-line tool and the editor must never disagree about a file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { checkWithCli } from './support/cli';
import { plain, settledDiagnostics, sortPlain } from './support/diagnostics';
import { exampleSummaries } from './support/extension';

describe('the CLI and the editor', () => {
  it('report the same diagnostics for every example', async () => {
    const summaries = await exampleSummaries();
    assert.ok(summaries.length >= 2, `expected the examples in the workspace, found ${summaries.length}`);
    const fromCli = await checkWithCli(summaries.map((uri) => uri.fsPath));
    for (const uri of summaries) {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      const inEditor = sortPlain((await settledDiagnostics(document)).map(plain));
      const cliForFile = sortPlain(fromCli.filter((d) => d.file === uri.fsPath).map(({ file: _file, ...rest }) => rest));
      assert.deepEqual(inEditor, cliForFile, `editor and CLI differ on ${uri.fsPath}`);
    }
  });
});
