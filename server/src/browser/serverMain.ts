// The language server in a browser's web worker (vscode.dev, github.dev, a web extension host):
// messages through the worker's port, every workspace file read through the client.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { clientFileSystem } from '../../../common/protocol/fileSystemProtocol';
import { startServer } from '../server';
import { connectionOptions } from '../lsp/cancellation';

// The worker's global scope is its message port (typed loosely here: the project's types are Node's).
const port = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(
  ProposedFeatures.all,
  new BrowserMessageReader(port),
  new BrowserMessageWriter(port),
  connectionOptions,
);
startServer(connection, { fileSystem: clientFileSystem(connection) });
