// Redaction over the protocol: the commands' edits. (The workspace redaction lists reach the
// service with the rest of a document's workspace data: see workspaceFileSync.ts.)
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import { redactSelection, replaceWithRole, type CommandResult } from '../service/redaction/redactCommands';
import {
  redactSelectionRequest,
  replaceWithRoleRequest,
  type RedactSelectionParams,
  type RedactionEditResponse,
  type ReplaceWithRoleParams,
} from '../../../common/protocol/redactionProtocol';

export function registerRedactionRequests(connection: Connection, service: LanguageService, documents: TextDocuments<TextDocument>): void {
  const respond = (document: TextDocument | undefined, compute: (document: TextDocument) => CommandResult): RedactionEditResponse => {
    if (!document) return { error: 'The summary is not open in the editor.' };
    const result = compute(document);
    if ('error' in result) return result;
    const edits = result.edits.map((edit) => ({
      range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
      newText: edit.newText,
    }));
    return {
      edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] },
      words: result.words,
      count: result.count,
    };
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
      return redactSelection(
        state.parsed,
        state.spanOf(params.range),
        String(params.role ?? ''),
        params.hashed === true,
        service.getWorkspace(document.uri),
      );
    }),
  );
}
