// "Export Page as HTML": asks the server for the publishing page and writes it where the user
// chooses (next to the summary by default). Refusals are explained; a redaction error cannot be
// overridden, other errors can, after a modal question.
import { Uri, window, workspace } from 'vscode';
import type { PageSource } from './pageSource';

/** `target` skips the save dialog (for automation and the end-to-end tests). */
export async function exportPageAsHtml(source: PageSource, resource: Uri | undefined, target?: Uri): Promise<Uri | undefined> {
  if (!resource) {
    void window.showInformationMessage('Open a review summary (*.review.yaml) to export its page.');
    return undefined;
  }
  await workspace.openTextDocument(resource);
  let response = await source.exportPage(resource.toString(), false);
  if (response.html === undefined) {
    const details = (response.problems ?? []).slice(0, 5).join('\n');
    if (response.redaction || !response.problems?.length) {
      void window.showErrorMessage(`The page was not exported: ${response.reason ?? 'it cannot be rendered.'}`, {
        modal: true,
        detail: details,
      });
      return undefined;
    }
    const choice = await window.showWarningMessage(
      `Export the page anyway? ${response.reason ?? ''}`,
      { modal: true, detail: details },
      'Export Anyway',
    );
    if (choice !== 'Export Anyway') return undefined;
    response = await source.exportPage(resource.toString(), true);
    if (response.html === undefined) {
      void window.showErrorMessage(`The page was not exported: ${response.reason ?? 'it cannot be rendered.'}`, { modal: true });
      return undefined;
    }
  }
  const defaultUri = resource.with({ path: resource.path.replace(/(\.review)?\.ya?ml$/i, '') + '.html' });
  const destination =
    target ??
    (await window.showSaveDialog({ defaultUri, filters: { HTML: ['html', 'htm'] }, saveLabel: 'Export', title: 'Export Page as HTML' }));
  if (!destination) return undefined;
  await workspace.fs.writeFile(destination, new TextEncoder().encode(response.html));
  if (!target) void window.showInformationMessage(`Exported the page to ${workspace.asRelativePath(destination)}.`);
  return destination;
}
