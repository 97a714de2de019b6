// Wires the language service to the Language Server Protocol. No checking logic lives here, and
// nothing of Node: node/serverMain.ts and browser/serverMain.ts make the connection and the
// runtime (how files are read) and call startServer, as VS Code's JSON server does.
import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ResponseError,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from './service/languageService';
import { ValidationScheduler } from './lsp/validationScheduler';
import { readClientSettings, type ClientSettings } from './lsp/clientSettings';
import { registerRenderRequests } from './lsp/renderRequests';
import { registerRedactionRequests } from './lsp/redactionRequests';
import { WorkspaceFileSync } from './lsp/workspaceFileSync';
import { WorkspaceSymbolIndex } from './lsp/workspaceSymbolIndex';
import { ListedFileWatcher } from './lsp/listedFileWatcher';
import { serverInfoRequest, type ServerInfo } from '../../common/protocol/serverInfoProtocol';
import { cancelledError } from './lsp/cancellation';
import { version as extensionVersion } from '../../package.json';
import type { FileSystem } from '../../common/protocol/fileSystemProtocol';

/** What differs between the Node server and the one in a browser's web worker. */
export interface RuntimeEnvironment {
  /** Reads workspace files by URI (the disk for `file:` in Node; the client's `workspace.fs` otherwise). */
  fileSystem: FileSystem;
  /** The process id `reviewSummaries/serverInfo` reports (a worker has none). */
  processId?: number;
  /** Where relative `catalogueFiles` start when no folder is open (Node: the working directory). */
  fallbackFolder?: string;
}

export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  // Each document gets the catalogues and redaction lists of its folder and those above it.
  const workspaceFiles = new WorkspaceFileSync(
    documents,
    runtime.fileSystem,
    () => documents.all().forEach((d) => scheduler.schedule(d.uri)),
    (m) => connection.console.warn(m),
    runtime.fallbackFolder,
  );
  const service = createLanguageService({ workspaceFor: (uri) => workspaceFiles.workspaceFor(uri) });
  let canReadConfiguration = false;
  let clientSettings: ClientSettings | undefined;
  let clientSendsFolderChanges = false;
  let listedFileWatcher: ListedFileWatcher | undefined;

  const scheduler = new ValidationScheduler(200, (uri) => void publishDiagnostics(uri));
  const workspaceSymbolIndex = new WorkspaceSymbolIndex(runtime.fileSystem, () => service.getSettings().maxFileSize);

  async function publishDiagnostics(uri: string): Promise<void> {
    if (!documents.get(uri)) return;
    try {
      // The catalogues and redaction lists that apply are read first (once; later checks find them read).
      await workspaceFiles.ready(uri);
    } catch (error) {
      connection.console.warn(`Reading the workspace files for ${uri} failed: ${String(error)}`);
    }
    const document = documents.get(uri);
    if (!document) return;
    try {
      const diagnostics = service.validate(document);
      // The document may have changed while we checked; its own run will publish.
      if (documents.get(uri)?.version !== document.version) return;
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    } catch (error) {
      connection.console.error(`Checking ${uri} failed: ${(error as Error)?.stack ?? String(error)}`);
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canReadConfiguration = Boolean(params.capabilities.workspace?.configuration);
    workspaceFiles.setFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    workspaceSymbolIndex.setFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    clientSendsFolderChanges = Boolean(params.capabilities.workspace?.workspaceFolders);
    const watchedFiles = params.capabilities.workspace?.didChangeWatchedFiles;
    listedFileWatcher = new ListedFileWatcher(connection, {
      dynamicRegistration: Boolean(watchedFiles?.dynamicRegistration),
      relativePatterns: Boolean(watchedFiles?.relativePatternSupport),
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ':', '-', '[', ',', '"', "'"], resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'review-summary-server', version: extensionVersion },
    };
  });

  connection.onInitialized(() => {
    if (canReadConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'reviewSummaries' });
    }
    void refreshSettings();
    if (clientSendsFolderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        workspaceSymbolIndex.changeFolders(
          event.added.map((f) => f.uri),
          event.removed.map((f) => f.uri),
        );
        workspaceFiles.changeFolders(
          event.added.map((f) => f.uri),
          event.removed.map((f) => f.uri),
        );
        // Relative setting paths start at the first folder, which may have changed.
        void listedFileWatcher?.watch(workspaceFiles.listedUris());
      });
    }
  });

  async function refreshSettings(): Promise<void> {
    if (canReadConfiguration) {
      try {
        const raw = await connection.workspace.getConfiguration({ section: 'reviewSummaries' });
        clientSettings = readClientSettings(raw);
      } catch (error) {
        connection.console.warn(`Could not read settings: ${String(error)}`);
      }
    }
    if (clientSettings) {
      service.configure(clientSettings.service);
      scheduler.setDelay(clientSettings.validationDelayMs);
      workspaceFiles.setListedFiles(clientSettings.catalogueFiles);
      void listedFileWatcher?.watch(workspaceFiles.listedUris());
    }
    for (const document of documents.all()) scheduler.schedule(document.uri);
  }

  connection.onDidChangeConfiguration((change) => {
    if (!canReadConfiguration && change.settings?.reviewSummaries) {
      clientSettings = readClientSettings(change.settings.reviewSummaries);
    }
    void refreshSettings();
  });

  documents.onDidOpen((event) => void publishDiagnostics(event.document.uri));
  documents.onDidChangeContent((event) => scheduler.schedule(event.document.uri));
  documents.onDidClose((event) => {
    scheduler.cancel(event.document.uri);
    service.invalidate(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  /**
   * Runs a request on an open document. Requests on documents the server does not have answer
   * empty instead of failing; a request cancelled before its work began answers "cancelled".
   */
  function withDocument<T>(
    method: string,
    uri: string,
    token: CancellationToken,
    empty: T,
    run: (document: TextDocument) => T,
  ): T | ResponseError<void> {
    if (token.isCancellationRequested) return cancelledError(method);
    const document = documents.get(uri);
    if (!document) return empty;
    try {
      return run(document);
    } catch (error) {
      connection.console.error(`Request on ${uri} failed: ${(error as Error)?.stack ?? String(error)}`);
      return empty;
    }
  }

  connection.onHover((params, token) =>
    withDocument('hover', params.textDocument.uri, token, null, (doc) => service.hover(doc, params.position)),
  );
  connection.onCompletion((params, token) =>
    withDocument('completion', params.textDocument.uri, token, { isIncomplete: false, items: [] }, (doc) =>
      service.complete(doc, params.position),
    ),
  );
  connection.onCodeAction((params, token) =>
    withDocument('codeAction', params.textDocument.uri, token, [], (doc) => service.codeActions(doc, params.range)),
  );
  connection.onDocumentSymbol((params, token) =>
    withDocument('documentSymbol', params.textDocument.uri, token, [], (doc) => service.documentSymbols(doc)),
  );
  connection.onFoldingRanges((params, token) =>
    withDocument('foldingRange', params.textDocument.uri, token, [], (doc) => service.foldingRanges(doc)),
  );
  connection.onWorkspaceSymbol(async (params, token) => {
    if (token.isCancellationRequested) return cancelledError('workspace/symbol');
    try {
      const open = documents.all().map((doc) => ({ uri: doc.uri, text: doc.getText() }));
      return await workspaceSymbolIndex.query(params.query, open, () => token.isCancellationRequested);
    } catch (error) {
      connection.console.error(`Workspace symbols failed: ${(error as Error)?.stack ?? String(error)}`);
      return [];
    }
  });

  registerRenderRequests(connection, service, (uri) => documents.get(uri));
  registerRedactionRequests(connection, service, documents);
  connection.onRequest(serverInfoRequest, (): ServerInfo => ({ pid: runtime.processId }));
  // The client watches the catalogue and redaction list files; a change on disk re-reads that folder.
  connection.onDidChangeWatchedFiles((params) => workspaceFiles.filesChanged(params.changes));

  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}
