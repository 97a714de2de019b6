// Redaction over the protocol: the commands' edits, and the workspace redaction lists (read from
// disk at each workspace root, or taken from the editor while a list file is open in it).
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReviewSummaryService } from '../service/languageService';
import { redactSelection, replaceWithRole, type CommandResult } from '../service/redaction/redactCommands';
import { isRedactionListUri, mergeRedactionLists, readRedactionList, type RedactionListEntries } from '../service/redaction/workspaceList';
import { loadRedactionLists } from '../workspace/redactionLists';
import {
  redactSelectionRequest,
  replaceWithRoleRequest,
  type RedactSelectionParams,
  type RedactionEditResponse,
  type ReplaceWithRoleParams,
} from './redactionProtocol';

export function registerRedactionRequests(connection: Connection, service: ReviewSummaryService, documents: TextDocuments<TextDocument>, revalidateAll: () => void): void {
  const respond = (document: TextDocument | undefined, compute: (document: TextDocument) => CommandResult): RedactionEditResponse => {
    if (!document) return { error: 'The summary is not open in the editor.' };
    const result = compute(document);
    if ('error' in result) return result;
    const edits = result.edits.map((edit) => ({ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText }));
    return { edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }, words: result.words, count: result.count };
  };
  connection.onRequest(replaceWithRoleRequest, (params: ReplaceWithRoleParams): RedactionEditResponse =>
    respond(documents.get(params?.uri), (document) => {
      const state = service.state(document);
      return replaceWithRole(state.parsed, state.spanOf(params.range), String(params.role ?? ''));
    }),
  );
  connection.onRequest(redactSelectionRequest, (params: RedactSelectionParams): RedactionEditResponse =>
    respond(documents.get(params?.uri), (document) => {
      const state = service.state(document);
      return redactSelection(state.parsed, state.spanOf(params.range), String(params.role ?? ''), params.hashed === true, service.getWorkspace());
    }),
  );

  // The workspace lists: from disk, except those open in the editor (their unsaved text wins).
  let fromDisk = new Map<string, RedactionListEntries>();
  let lastDiskRead = 0;
  let applied = '';
  const apply = () => {
    const lists = new Map(fromDisk);
    for (const document of documents.all()) if (isRedactionListUri(document.uri)) lists.set(document.uri, readRedactionList(document.getText()));
    const merged = mergeRedactionLists([...lists.values()]);
    const key = JSON.stringify(merged);
    if (key === applied) return;
    applied = key;
    service.setWorkspace({ redactionNames: merged.names, redactionAllow: merged.allow });
    revalidateAll();
  };
  // Where to look: the workspace folders, and the folders above every summary opened (so a list
  // at the root of a folder opened without a workspace still applies).
  const folders = new Set<string>();
  const addAncestors = (uri: string) => {
    if (!uri.startsWith('file:')) return;
    let folder = dirname(fileURLToPath(uri));
    for (let depth = 0; depth < 32 && !folders.has(folder); depth++) {
      folders.add(folder);
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  };
  const readDisk = async () => {
    lastDiskRead = Date.now();
    try {
      for (const folder of (await connection.workspace.getWorkspaceFolders()) ?? []) if (folder.uri.startsWith('file:')) folders.add(fileURLToPath(folder.uri));
    } catch {
      // A client without workspace folders: the summaries' own folders still count.
    }
    fromDisk = new Map(loadRedactionLists([...folders]).map((list) => [pathToFileURL(list.path).toString(), list]));
    apply();
  };
  documents.onDidOpen((event) => {
    if (isRedactionListUri(event.document.uri)) return apply();
    const known = folders.size;
    addAncestors(event.document.uri);
    // A new folder, or a list edited outside the editor: read the lists again (not on every open).
    if (folders.size !== known || Date.now() - lastDiskRead > 2000) void readDisk();
  });
  documents.onDidChangeContent((event) => {
    if (isRedactionListUri(event.document.uri)) apply();
  });
  documents.onDidClose((event) => {
    if (isRedactionListUri(event.document.uri)) void readDisk();
  });
}
