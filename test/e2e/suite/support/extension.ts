// Finding the extension under test and the example files in the workspace the host opened.
import * as vscode from 'vscode';

export const extensionId = 'review-summaries.review-summaries';
export const languageId = 'review-summary';

export function extensionUnderTest(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`${extensionId} is not installed in this VS Code`);
  return extension;
}

/** The workspace folder holding the examples (both hosts open a fresh copy of `examples/`). */
export function examplesFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the host must open a copy of examples/');
  return folder.uri;
}

export function exampleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(examplesFolder(), name);
}

export async function openExample(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(exampleUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Every summary in the workspace, in name order. */
export async function exampleSummaries(): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(examplesFolder(), '**/*.review.{yaml,yml}'));
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Drops the edits a test made, so the next test sees the file as it is on disk. */
export async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  if (document.isDirty) throw new Error(`could not revert ${document.uri.fsPath}`);
}

/** The range of the first occurrence of `text` (at or after `after`, when given). */
export function rangeOf(document: vscode.TextDocument, text: string, after?: string): vscode.Range {
  const source = document.getText();
  const from = after === undefined ? 0 : source.indexOf(after);
  if (from < 0) throw new Error(`"${after}" is not in ${document.uri.path}`);
  const start = source.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(start), document.positionAt(start + text.length));
}
