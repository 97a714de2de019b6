// The extension's `main` (VS Code desktop, code-server's Node extension host): the server is a
// Node process, over IPC.
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { startClient, type RunningClient } from '../client';
import type { ReviewSummariesApi } from '../api/index';
import { serverExecArgv } from './serverFlags';

let running: RunningClient | undefined;

export async function activate(context: ExtensionContext): Promise<ReviewSummariesApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv, '--nolazy', '--inspect=6009'] } },
  };
  running = await startClient(context, (id, name, clientOptions) => new LanguageClient(id, name, serverOptions, clientOptions));
  return running.api;
}

export async function deactivate(): Promise<void> {
  await running?.dispose();
  running = undefined;
}
