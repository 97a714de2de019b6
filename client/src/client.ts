// The VS Code side: starts the language server and hands it the documents. Thin by design:
// every check, completion and rendering decision is made by the server's language service.
// node/clientMain.ts and browser/clientMain.ts say how the server is started (a Node process, a
// web worker) and call startClient, as VS Code's JSON support does.
import { window, workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerPreview } from './preview/index';
import { registerRedactionCommands } from './redaction/index';
import { registerFileSystemRequests } from './fileSystemRequests';
import { createApi, type ReviewSummariesApi } from './api/index';

export type LanguageClientConstructor = (id: string, name: string, clientOptions: LanguageClientOptions) => BaseLanguageClient;

export interface RunningClient {
  api: ReviewSummariesApi;
  dispose(): Promise<void>;
}

export async function startClient(context: ExtensionContext, createLanguageClient: LanguageClientConstructor): Promise<RunningClient> {
  const outputChannel = window.createOutputChannel('Review Summaries', { log: true });
  context.subscriptions.push(outputChannel);
  const clientOptions: LanguageClientOptions = {
    // Workspace agency catalogues (review-summaries.agencies.yaml) and redaction lists go to the server too: it checks them and
    // reloads them. Any scheme: summaries may live in vscode-vfs:, vscode-remote: or vscode-test-web: folders, not only on disk.
    documentSelector: [
      { language: 'review-summary' },
      { pattern: '**/review-summaries.redaction.{yaml,yml}' },
      { pattern: '**/*.agencies.{yaml,yml}' },
    ],
    synchronize: {
      configurationSection: 'reviewSummaries',
      fileEvents: [
        workspace.createFileSystemWatcher('**/*.review.{yaml,yml}'),
        workspace.createFileSystemWatcher('**/*.agencies.{yaml,yml}'),
        workspace.createFileSystemWatcher('**/review-summaries.redaction.{yaml,yml}'),
      ],
    },
    outputChannel,
    traceOutputChannel: outputChannel,
  };
  // vscode-languageclient restarts a server that dies (up to 4 times in 3 minutes) on its own.
  const client = createLanguageClient('reviewSummaries', 'Review Summaries', clientOptions);
  registerFileSystemRequests(client);
  registerPreview(context, client);
  registerRedactionCommands(context, client);
  await client.start();
  return { api: createApi(() => client), dispose: () => client.stop() };
}
