// The extension starts because a summary was opened, and its server answers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForDiagnostics } from './support/diagnostics';
import { exampleUri, extensionUnderTest, languageId } from './support/extension';

describe('activation', () => {
  it('is not running before any summary is open', () => {
    assert.equal(
      extensionUnderTest().isActive,
      false,
      'the extension was already active: activation must come from opening a *.review.yaml file',
    );
  });

  it('starts when a *.review.yaml file is opened, and its server reports diagnostics', async () => {
    const uri = exampleUri('mistakes.review.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, languageId, 'a *.review.yaml file gets the review-summary language');
    await vscode.window.showTextDocument(document, { preview: false });
    await waitForDiagnostics(uri, (list) => list.length > 0, 'the first diagnostics from the language server');
    assert.equal(extensionUnderTest().isActive, true);
  });
});
