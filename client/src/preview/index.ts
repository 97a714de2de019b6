// The preview and export commands. extension.ts calls registerPreview once, with the language client.
import { commands, ExtensionMode, Uri, window, workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { exportPageAsHtml } from './exportCommand';
import { serverPageSource } from './pageSource';
import { PreviewManager, summaryLanguageId } from './previewManager';
import type { ProbeAction } from '../../../common/protocol/previewMessages';

/** Set to 1 by the code-server end-to-end host to register the preview's test hook command (a test run, as in VS Code for the Web's, needs no variable). */
export const testHooksVariable = 'REVIEW_SUMMARIES_TEST_HOOKS';
/** `reviewSummaries.testHooks: true` in the user settings does the same where there are no environment variables. */
export const testHooksSetting = 'testHooks';

export function registerPreview(context: ExtensionContext, client: BaseLanguageClient): void {
  const source = serverPageSource(client);
  const manager = new PreviewManager(context, source);
  const uriArg = (arg: unknown) => (arg instanceof Uri ? arg : undefined);
  context.subscriptions.push(
    commands.registerCommand('reviewSummaries.showPreview', (arg?: unknown) => manager.open(uriArg(arg), false)),
    commands.registerCommand('reviewSummaries.showPreviewToSide', (arg?: unknown) => manager.open(uriArg(arg), true)),
    commands.registerCommand('reviewSummaries.togglePreviewLock', () => manager.toggleLock()),
    commands.registerCommand('reviewSummaries.exportHtml', (arg?: unknown, target?: unknown) => {
      const editor = window.activeTextEditor;
      const resource =
        uriArg(arg) ??
        manager.focusedPreviewResource() ??
        (editor?.document.languageId === summaryLanguageId ? editor.document.uri : undefined);
      return exportPageAsHtml(source, resource, uriArg(target)).catch((error: unknown) => {
        void window.showErrorMessage(`Export failed: ${String((error as Error)?.message ?? error)}`);
        return undefined;
      });
    }),
    // For the end-to-end tests and automation: which summaries have a preview open, and locked or not.
    commands.registerCommand('reviewSummaries.previewState', () => manager.describe()),
  );
  // Only for the end-to-end tests: reads and drives the preview's page. A browser's extension host has
  // no `process`, so code-server's web worker run asks with an undeclared user setting instead.
  const hooksAsked =
    (typeof process !== 'undefined' && process.env?.[testHooksVariable] === '1') ||
    workspace.getConfiguration('reviewSummaries').get(testHooksSetting) === true;
  if (hooksAsked || context.extensionMode === ExtensionMode.Test) {
    context.subscriptions.push(
      commands.registerCommand('reviewSummaries.testProbe', (resource: string, action: ProbeAction, selector?: string, y?: number) =>
        manager.probe(resource, action, selector, y),
      ),
    );
  }
}
