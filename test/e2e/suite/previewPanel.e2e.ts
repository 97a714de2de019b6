// The preview command opens a webview panel for the summary it was given.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { openExample } from './support/extension';

const previewViewType = 'reviewSummaries.preview';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    // The workbench may prefix the view type it reports (e.g. "mainThreadWebview-").
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(previewViewType));
}

/** Resolves when a preview tab satisfying `accept` exists (now, or after a tab change event). */
function waitForPreviewTab(accept: (tab: vscode.Tab) => boolean, waitingFor: string, timeoutMs = 20_000): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const look = () => previewTabs().find(accept);
    const found = look();
    if (found) return resolve(found);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${waitingFor}; preview tabs: ${previewTabs().map((t) => t.label).join(', ') || '(none)'}`));
    }, timeoutMs);
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = look();
      if (!tab) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(tab);
    });
  });
}

describe('preview panel', () => {
  it('"Open Preview to the Side" opens a webview panel for the summary, beside its editor', async () => {
    const editor = await openExample('uttlesford.review.yaml');
    const name = path.posix.basename(editor.document.uri.path);
    try {
      await vscode.commands.executeCommand('reviewSummaries.showPreviewToSide', editor.document.uri);
      const tab = await waitForPreviewTab((t) => t.label.includes(name), `a preview tab for ${name}`);
      assert.ok(tab.input instanceof vscode.TabInputWebview);
      assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview is beside the editor');
    } finally {
      await vscode.window.tabGroups.close(previewTabs());
    }
  });
});
