import { basename, dirname, isAbsolute, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileEvent, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { workspaceCatalogueName } from '../service/agencies/workspaceCatalogue';
import { isRedactionListUri, redactionListFileName } from '../service/redaction/workspaceList';
import type { WorkspaceData, WorkspaceFile } from '../service/workspace';
import { FolderWorkspaces } from '../workspace/folderWorkspace';

/**
 * Keeps each open summary's workspace data (the agency catalogues and redaction lists of its folder
 * and the folders above it, see folderWorkspace.ts) in step with the files: on disk, with the
 * editor's unsaved text of any that is open. Any change, typed or on disk, re-checks the open
 * summaries at once; the service re-checks in full only those whose data changed.
 */
export class WorkspaceFileSync {
  private readonly folders: FolderWorkspaces;
  private folderPaths: string[] = [];
  private listed: string[] = [];

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly recheckAll: () => void,
    warn: (message: string) => void,
  ) {
    this.folders = new FolderWorkspaces({ openFile: (path) => this.openFile(path), warn });
    const typed = (uri: string) => {
      if (this.isWorkspaceFile(uri)) this.refresh();
    };
    documents.onDidOpen((event) => {
      typed(event.document.uri);
      this.rereadUnwatched(event.document.uri);
    });
    documents.onDidChangeContent((event) => typed(event.document.uri));
    documents.onDidClose((event) => typed(event.document.uri));
  }

  /** The service's resolver: a document's workspace data, by its folder. */
  workspaceFor(uri: string): WorkspaceData {
    const path = filePath(uri);
    // A document that is not a file (untitled:) gets what applies everywhere: the setting's catalogues.
    return path ? this.folders.forFile(path) : this.folders.forFolder(this.folderPaths[0] ?? process.cwd());
  }

  setFolders(folderUris: readonly string[]): void {
    this.folderPaths = folderUris.flatMap((uri) => filePath(uri) ?? []);
    this.folders.setWorkspaceFolders(this.folderPaths.map((path) => pathToFileURL(path).toString()));
    this.applyListed();
  }

  /** Workspace folders were added or removed (the first folder is where relative setting paths start). */
  changeFolders(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(removed.flatMap((uri) => filePath(uri) ?? []));
    const kept = this.folderPaths.filter((folder) => !gone.has(folder)).map((path) => pathToFileURL(path).toString());
    this.setFolders([...kept, ...added]);
  }

  /** The `reviewSummaries.catalogueFiles` setting: relative to the first workspace folder, or absolute. */
  setListedFiles(paths: readonly string[]): void {
    if (JSON.stringify(paths) === JSON.stringify(this.listed)) return;
    this.listed = [...paths];
    this.applyListed();
  }

  /** workspace/didChangeWatchedFiles: read the folders of the changed files again. */
  filesChanged(changes: readonly FileEvent[]): void {
    const relevant = changes.filter((change) => this.isWorkspaceFile(change.uri));
    if (relevant.length === 0) return;
    for (const change of relevant) this.folders.forget(filePath(change.uri));
    this.refresh();
  }

  /**
   * The client watches files inside the workspace folders only; the folders above them (up to the
   * repository root) are read again whenever a summary below them is opened.
   */
  private rereadUnwatched(uri: string): void {
    const path = filePath(uri);
    if (!path || this.isWorkspaceFile(uri)) return;
    const inside = (dir: string) => this.folderPaths.some((folder) => dir === folder || dir.startsWith(folder.endsWith(sep) ? folder : folder + sep));
    const unwatched = this.folders.chain(dirname(path)).filter((dir) => !inside(dir));
    if (unwatched.length === 0) return;
    const before = this.documents.all().map((document) => this.workspaceFor(document.uri));
    for (const dir of unwatched) this.folders.forgetFolder(dir);
    // Equal data is the same object: re-check only when some open document's data did change.
    if (this.documents.all().some((document, i) => this.workspaceFor(document.uri) !== before[i])) this.recheckAll();
  }

  private applyListed(): void {
    const base = this.folderPaths[0] ?? process.cwd();
    const named = this.listed.filter((entry) => typeof entry === 'string' && entry.trim() !== '');
    this.folders.setListedCatalogues(named.map((entry) => (isAbsolute(entry) ? entry : resolve(base, entry))));
    this.refresh();
  }

  private refresh(): void {
    this.folders.changed();
    this.recheckAll();
  }

  private isWorkspaceFile(uri: string): boolean {
    const path = filePath(uri);
    if (!path) return false;
    const name = basename(path);
    return name === workspaceCatalogueName || name === redactionListFileName || isRedactionListUri(uri) || this.listedPaths().includes(path);
  }

  /** The absolute paths of the files the `reviewSummaries.catalogueFiles` setting names. */
  listedPaths(): string[] {
    const base = this.folderPaths[0] ?? process.cwd();
    return this.listed.map((entry) => (isAbsolute(entry) ? entry : resolve(base, entry)));
  }

  /** The editor's text of a workspace file, under the URI the editor uses (edits and diagnostics name it so). */
  private openFile(path: string): WorkspaceFile | undefined {
    const open = this.documents.all().find((document) => filePath(document.uri) === path);
    return open ? { uri: open.uri, text: open.getText() } : undefined;
  }
}

/** The file path of a file: URI (editors and Node encode some characters differently); undefined otherwise. */
function filePath(uri: string | undefined): string | undefined {
  if (!uri?.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
