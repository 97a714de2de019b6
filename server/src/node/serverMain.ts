// The language server in Node (VS Code desktop, code-server, the protocol tests): IPC or stdio,
// as the client asks on the command line.
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { clientFileSystem } from '../../../common/protocol/fileSystemProtocol';
import { startServer } from '../server';
import { nodeFileSystem } from './nodeFileSystem';
import { connectionOptions } from '../lsp/cancellation';

const connection = createConnection(ProposedFeatures.all, connectionOptions);
startServer(connection, {
  fileSystem: nodeFileSystem(clientFileSystem(connection)),
  processId: process.pid,
  fallbackFolder: pathToFileURL(process.cwd()).toString(),
});
