// The custom requests of the redaction commands. Shared by server and client (constants and types
// only, so the client bundle pulls in nothing of the server).
import type { Range, WorkspaceEdit } from 'vscode-languageserver-types';

/** Replace every occurrence of the selected words with a role. */
export const replaceWithRoleRequest = 'reviewSummaries/redaction/replaceWithRole';
/** Add the selected name to redaction.names (plain or hashed) and replace every occurrence. */
export const redactSelectionRequest = 'reviewSummaries/redaction/redactSelection';

/** The client-side command a quick fix runs to ask for a role (its argument: the finding's offsets). */
export const replaceWithTypedRoleCommand = 'reviewSummaries.redaction.replaceWithTypedRole';
/** The editor command "Redact Selection as...". */
export const redactSelectionCommand = 'reviewSummaries.redactSelection';

export interface ReplaceWithRoleParams {
  uri: string;
  /** The words (a selection, or an empty range at a word). */
  range: Range;
  role: string;
}

export interface RedactSelectionParams extends ReplaceWithRoleParams {
  /** Write the name as `sha256:` + hex instead of in clear. */
  hashed: boolean;
}

/** Either the edit to apply (versioned) with the words and how many places, or why there is none. */
export interface RedactionEditResponse {
  edit?: WorkspaceEdit;
  words?: string;
  count?: number;
  error?: string;
}
