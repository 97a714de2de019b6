/**
 * Data that comes from the workspace rather than the summary itself (catalogue files, shared
 * redaction lists). The server and the CLI read the files and hand the contents in; the service
 * never reads files itself, so it runs the same in the editor, the CLI and the tests.
 */
export interface WorkspaceData {
  /** Extra names to redact from every summary (plain or `sha256:` entries). */
  redactionNames: string[];
  /** Extra words that look like names but are not. */
  redactionAllow: string[];
  /** Workspace agency catalogues (review-summaries.agencies.yaml, reviewSummaries.catalogueFiles), as text. */
  agencyCatalogues: WorkspaceFile[];
  /** Workspace folder URIs; "Add to workspace catalogue" creates the file in the first one. */
  workspaceFolders: string[];
}

/** A file the server or CLI read (or the editor's unsaved text of it). */
export interface WorkspaceFile {
  uri: string;
  text: string;
}

/**
 * The workspace data of one document, by URI (the server and the CLI resolve it by folder, see
 * server/src/workspace/folderWorkspace.ts). It must return the same object while the data is
 * unchanged: the service re-checks a document when the object it gets differs from the last one.
 */
export type WorkspaceResolver = (uri: string) => WorkspaceData | undefined;

export const emptyWorkspace: WorkspaceData = {
  redactionNames: [],
  redactionAllow: [],
  agencyCatalogues: [],
  workspaceFolders: [],
};
