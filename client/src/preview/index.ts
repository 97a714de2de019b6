// The preview and export commands. extension.ts calls registerPreview once, with the language client.
import { commands, Uri, window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportPageAsHtml } from './exportCommand';
import { serverPageSource } from './pageSource';
import { PreviewManager, summaryLanguageId } from './previewManager';

export function registerPreview(context: ExtensionContext, client: LanguageClient): void {
  const source = serverPageSource(client);
  const manager = new PreviewManager(context, source);
  const uriArg = (arg: unknown) => (arg instanceof Uri ? arg : undefined);
  context.subscriptions.push(
    commands.registerCommand('reviewSummaries.showPreview', (arg?: unknown) => manager.open(uriArg(arg), false)),
    commands.registerCommand('reviewSummaries.showPreviewToSide', (arg?: unknown) => manager.open(uriArg(arg), true)),
    commands.registerCommand('reviewSummaries.togglePreviewLock', () => manager.toggleLock()),
    commands.registerCommand('reviewSummaries.exportHtml', (arg?: unknown, target?: unknown) => {
      const editor = window.activeTextEditor;
      const resource = uriArg(arg) ?? manager.focusedPreviewResource() ?? (editor?.document.languageId === summaryLanguageId ? editor.document.uri : undefined);
      return exportPageAsHtml(source, resource, uriArg(target)).catch((error: unknown) => {
        void window.showErrorMessage(`Export failed: ${String((error as Error)?.message ?? error)}`);
        return undefined;
      });
    }),
    // For the end-to-end tests and automation: which summaries have a preview open, and locked or not.
    commands.registerCommand('reviewSummaries.previewState', () => manager.describe()),
  );
}
