// The extension's `browser` entry (vscode.dev, github.dev, a web extension host): the server
// runs in a web worker started from the extension's own files.
import { Uri, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startClient, type RunningClient } from '../client';
import type { ReviewSummariesApi } from '../api/index';
import { startServerWorker } from './serverWorker';

let running: RunningClient | undefined;

export async function activate(context: ExtensionContext): Promise<ReviewSummariesApi> {
  const serverMain = Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  const worker = await startServerWorker(serverMain, async () => workspace.fs.readFile(serverMain));
  running = await startClient(context, (id, name, clientOptions) => new LanguageClient(id, name, worker, clientOptions));
  return running.api;
}

export async function deactivate(): Promise<void> {
  await running?.dispose();
  running = undefined;
}
