// The redaction commands in the editor. The client only asks the questions (which role, plain or
// hashed); the server computes every edit (server/src/service/redaction/redactCommands.ts).
import { commands, Range, window, workspace, type ExtensionContext, type TextEditor } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  redactSelectionCommand,
  redactSelectionRequest,
  replaceWithRoleRequest,
  replaceWithTypedRoleCommand,
  type RedactSelectionParams,
  type RedactionEditResponse,
  type ReplaceWithRoleParams,
} from '../../../common/protocol/redactionProtocol';

const roles = ['the victim', 'the perpetrator', 'a family member', 'a child', 'a professional'];
const typeOwn = 'Another role...';

export function registerRedactionCommands(context: ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    commands.registerTextEditorCommand(redactSelectionCommand, (editor) => redactSelectionAs(client, editor)),
    commands.registerCommand(replaceWithTypedRoleCommand, (span?: { start: number; end: number }) => replaceWithTypedRole(client, span)),
  );
}

async function pickRole(placeHolder: string): Promise<string | undefined> {
  const picked = await window.showQuickPick([...roles, typeOwn], { placeHolder });
  if (picked !== typeOwn) return picked;
  return askRole();
}

function askRole(): Promise<string | undefined> {
  return Promise.resolve(
    window.showInputBox({
      prompt: 'The role to write instead of the name (e.g. "a neighbour", "the victim\'s sister")',
      validateInput: (value) =>
        /^[\p{L}\p{N}][\p{L}\p{N} '’.-]*$/u.test(value.trim()) ? undefined : 'Letters, spaces, hyphens and apostrophes only',
    }),
  );
}

async function redactSelectionAs(client: BaseLanguageClient, editor: TextEditor): Promise<void> {
  const document = editor.document;
  const selected = document.getText(editor.selection).trim() || document.getText(document.getWordRangeAtPosition(editor.selection.active));
  if (!selected) {
    void window.showWarningMessage('Select the name to redact first.');
    return;
  }
  const role = await pickRole(`Replace every "${selected}" with...`);
  if (!role) return;
  const mode = await window.showQuickPick(
    [
      { label: 'Add the name as written', hashed: false, detail: 'redaction.names gets the name in clear.' },
      {
        label: 'Add the name as a hash (sha256)',
        hashed: true,
        detail:
          'Hides the name from a casual reader of the file. It does NOT stop someone who guesses names from a list: they can hash each guess and compare.',
      },
    ],
    { placeHolder: 'How should the name be added to redaction.names?' },
  );
  if (!mode) return;
  const params: RedactSelectionParams = {
    uri: document.uri.toString(),
    range: client.code2ProtocolConverter.asRange(editor.selection),
    role,
    hashed: mode.hashed,
  };
  await applyResponse(client, await client.sendRequest<RedactionEditResponse>(redactSelectionRequest, params));
}

async function replaceWithTypedRole(client: BaseLanguageClient, span?: { start: number; end: number }): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const role = await askRole();
  if (!role) return;
  const document = editor.document;
  const range = span ? new Range(document.positionAt(span.start), document.positionAt(span.end)) : editor.selection;
  const params: ReplaceWithRoleParams = { uri: document.uri.toString(), range: client.code2ProtocolConverter.asRange(range), role };
  await applyResponse(client, await client.sendRequest<RedactionEditResponse>(replaceWithRoleRequest, params));
}

async function applyResponse(client: BaseLanguageClient, response: RedactionEditResponse): Promise<void> {
  if (!response.edit) {
    void window.showWarningMessage(response.error ?? 'Nothing to redact here.');
    return;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(response.edit);
  if (!(await workspace.applyEdit(edit)))
    void window.showWarningMessage('The summary changed while the edit was computed: run the command again.');
  else void window.setStatusBarMessage(`Redacted ${response.count ?? 0} occurrence(s)`, 4000);
}
