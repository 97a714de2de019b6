// "Export Page as HTML": asks the server for the publishing page and writes it where the user
// chooses (next to the summary by default). Refusals are explained; a redaction error cannot be
// overridden, other errors can, after a modal question.
import { Uri, window, workspace } from 'vscode';
import type { PageSource } from './pageSource';

export async function exportPageAsHtml(source: PageSource, resource: Uri | undefined): Promise<void> {
  if (!resource) {
    void window.showInformationMessage('Open a review summary (*.review.yaml) to export its page.');
    return;
  }
  await workspace.openTextDocument(resource);
  let response = await source.exportPage(resource.toString(), false);
  if (response.html === undefined) {
    const details = (response.problems ?? []).slice(0, 5).join('\n');
    if (response.redaction || !response.problems?.length) {
      void window.showErrorMessage(`The page was not exported: ${response.reason ?? 'it cannot be rendered.'}`, { modal: true, detail: details });
      return;
    }
    const choice = await window.showWarningMessage(`Export the page anyway? ${response.reason ?? ''}`, { modal: true, detail: details }, 'Export Anyway');
    if (choice !== 'Export Anyway') return;
    response = await source.exportPage(resource.toString(), true);
    if (response.html === undefined) {
      void window.showErrorMessage(`The page was not exported: ${response.reason ?? 'it cannot be rendered.'}`, { modal: true });
      return;
    }
  }
  const defaultUri = resource.with({ path: resource.path.replace(/(\.review)?\.ya?ml$/i, '') + '.html' });
  const target = await window.showSaveDialog({ defaultUri, filters: { HTML: ['html', 'htm'] }, saveLabel: 'Export', title: 'Export Page as HTML' });
  if (!target) return;
  await workspace.fs.writeFile(target, new TextEncoder().encode(response.html));
  void window.showInformationMessage(`Exported the page to ${workspace.asRelativePath(target)}.`);
}
