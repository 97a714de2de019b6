// The preview and the export in a real VS Code: the commands open one webview per summary, the
// preview follows the active summary while unlocked and tracks edits, and the export writes the page.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exampleUri, openExample, revert } from './support/extension';

interface PreviewInfo {
  resource: string;
  locked: boolean;
  visible: boolean;
  version: number;
}

const previewViewType = 'reviewSummaries.preview';

async function previews(): Promise<PreviewInfo[]> {
  return (await vscode.commands.executeCommand<PreviewInfo[]>('reviewSummaries.previewState')) ?? [];
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(previewViewType));
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('preview and export', () => {
  after(async () => {
    for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
  });

  it('"Open Preview to the Side" opens one preview of the summary, beside it, and a second call reuses it', async () => {
    const editor = await openExample('uttlesford.review.yaml');
    await vscode.commands.executeCommand('reviewSummaries.showPreviewToSide');
    const [shown] = await until('the preview to render', async () => {
      const list = await previews();
      return list.length === 1 && list[0].version >= 0 && list[0].version === editor.document.version ? list : undefined;
    });
    assert.equal(shown.resource, editor.document.uri.toString());
    assert.equal(shown.locked, false);
    const tab = await until('the preview tab', () => previewTabs()[0]).catch(() => undefined);
    const allTabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .map((t) => `${t.label} (${t.input?.constructor?.name}: ${(t.input as { viewType?: string })?.viewType ?? ''})`);
    assert.ok(tab, `a webview tab of the preview among: ${allTabs.join(', ')}`);
    // The title is set right after the panel opens; the tab model hears of it a moment later (later in a browser's host).
    assert.equal(
      await until(
        `the tab's title (now "${tab.label}")`,
        () => previewTabs()[0]?.label === 'Preview uttlesford.review.yaml' || undefined,
      ).then(() => previewTabs()[0]?.label),
      'Preview uttlesford.review.yaml',
    );
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor');

    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await vscode.commands.executeCommand('reviewSummaries.showPreviewToSide');
    assert.equal(previewTabs().length, 1, 'one preview per document');
  });

  it('follows edits: the preview renders each new version of the text', async () => {
    const editor = await openExample('uttlesford.review.yaml');
    try {
      for (let i = 0; i < 3; i++) {
        await editor.edit((edit) => edit.insert(new vscode.Position(3, 'title: Uttlesford'.length), ' x'));
        const version = editor.document.version;
        await until(`the preview of version ${version}`, async () => (await previews()).some((p) => p.version === version));
      }
    } finally {
      await revert(editor.document);
    }
  });

  it('the unlocked preview follows the active summary; a locked one stays', async () => {
    const other = await openExample('mistakes.review.yaml');
    await until('the preview to follow mistakes.review.yaml', async () =>
      (await previews()).some((p) => p.resource === other.document.uri.toString()),
    );
    await until('the preview title to follow', () => previewTabs()[0]?.label === 'Preview mistakes.review.yaml' || undefined);

    const preview = previewTabs()[0];
    // Focus the preview, lock it, then go back to the other summary: the locked preview stays.
    await vscode.commands.executeCommand('reviewSummaries.showPreviewToSide');
    await until('the preview to have focus', () => (preview.group.activeTab === preview && preview.isActive ? true : undefined)).catch(
      () => undefined,
    );
    await vscode.commands.executeCommand('reviewSummaries.togglePreviewLock');
    await until('the lock', async () => (await previews()).some((p) => p.locked) || undefined);
    await openExample('uttlesford.review.yaml');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const list = await previews();
    assert.deepEqual(
      list.map((p) => [p.resource.split('/').pop(), p.locked]),
      [['mistakes.review.yaml', true]],
    );
    await until('the locked title', () => previewTabs()[0]?.label === '[Preview] mistakes.review.yaml' || undefined);
  });

  it('"Export Page as HTML" writes the self-contained page where it is told', async () => {
    const target = vscode.Uri.joinPath(exampleUri('uttlesford.review.yaml'), '..', 'uttlesford.export-test.html');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'reviewSummaries.exportHtml',
      exampleUri('uttlesford.review.yaml'),
      target,
    );
    assert.equal(written?.toString(), target.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /Extracted:<\/span> 12 recs/);
    assert.doesNotMatch(html, /<script/);
    await vscode.workspace.fs.delete(target);
  });
});
