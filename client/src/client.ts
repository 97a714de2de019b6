// The VS Code side: starts the language server and hands it the documents. Thin by design:
// every check, completion and rendering decision is made by the server's language service.
import * as path from 'node:path';
import { ExtensionContext, window, workspace } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerPreview } from './preview/index';
import { registerRedactionCommands } from './redaction/index';
import { createApi, type ReviewSummariesApi } from './api/index';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<ReviewSummariesApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = window.createOutputChannel('Review Summaries', { log: true });
  context.subscriptions.push(outputChannel);
  const clientOptions: LanguageClientOptions = {
    // Workspace agency catalogues (review-summaries.agencies.yaml) go to the server too: it checks them and reloads them.
    documentSelector: [{ language: 'review-summary' }, { scheme: 'file', pattern: '**/review-summaries.redaction.{yaml,yml}' }, { scheme: 'file', pattern: '**/*.agencies.{yaml,yml}' }],
    synchronize: {
      configurationSection: 'reviewSummaries',
      fileEvents: [workspace.createFileSystemWatcher('**/*.review.{yaml,yml}'), workspace.createFileSystemWatcher('**/*.agencies.{yaml,yml}'), workspace.createFileSystemWatcher('**/review-summaries.redaction.{yaml,yml}')],
    },
    outputChannel,
    traceOutputChannel: outputChannel,
  };
  // vscode-languageclient restarts a server that dies (up to 4 times in 3 minutes) on its own.
  client = new LanguageClient('reviewSummaries', 'Review Summaries', serverOptions, clientOptions);
  registerPreview(context, client);
  registerRedactionCommands(context, client);
  await client.start();
  return createApi(() => client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
