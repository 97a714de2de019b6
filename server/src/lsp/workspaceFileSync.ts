import { URI, Utils } from 'vscode-uri';
import type { FileEvent, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { workspaceCatalogueName } from '../service/agencies/workspaceCatalogue';
import { isRedactionListUri, redactionListFileName } from '../service/redaction/workspaceList';
import { emptyWorkspace, type WorkspaceData, type WorkspaceFile } from '../service/workspace';
import { LayeredWorkspaces } from '../workspace/layeredWorkspaces';
import type { FileSystem } from '../../../common/protocol/fileSystemProtocol';
import { PrefetchedFiles } from './prefetchedFiles';

/** Rounds of fetching for one document: one per folder level found on the way up, so this is a guard, never reached in practice. */
const maxFetchRounds = 256;

/**
 * Keeps each open summary's workspace data (the agency catalogues and redaction lists of its folder
 * and the folders above it, see layeredWorkspaces.ts) in step with the files: as stored, with the
 * editor's unsaved text of any that is open. Files are read by URI through the runtime's file
 * system (the disk, or the client's `workspace.fs`), before a document is checked (`ready`). Any
 * change, typed or stored, re-checks the open summaries; the service re-checks in full only those
 * whose data changed.
 */
export class WorkspaceFileSync {
  private readonly files: PrefetchedFiles;
  private readonly folders: LayeredWorkspaces;
  private folderUris: string[] = [];
  private listed: string[] = [];
  private fetching: Promise<void> = Promise.resolve();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    fileSystem: FileSystem,
    private readonly recheckAll: () => void,
    warn: (message: string) => void,
    /** Where relative `catalogueFiles` start when no folder is open (the Node server's working directory). */
    private readonly fallbackFolder?: string,
  ) {
    this.files = new PrefetchedFiles(fileSystem);
    // A warning while files are still being fetched would be about a file not read yet.
    this.folders = new LayeredWorkspaces(this.files, {
      openFile: (uri) => this.openFile(uri),
      warn: (message) => this.files.missing.size === 0 && warn(message),
    });
    const typed = (uri: string) => {
      if (this.isWorkspaceFile(uri)) this.refresh();
    };
    documents.onDidOpen((event) => {
      typed(event.document.uri);
      void this.rereadUnwatched(event.document.uri);
    });
    documents.onDidChangeContent((event) => typed(event.document.uri));
    documents.onDidClose((event) => typed(event.document.uri));
  }

  /** The service's resolver: a document's workspace data, by its folder (from the files fetched so far). */
  workspaceFor(uri: string): WorkspaceData {
    if (isStored(uri)) return this.folders.forFile(uri);
    // A document that is not stored (untitled:) gets what applies everywhere: the setting's catalogues.
    const base = this.baseFolder();
    return base ? this.folders.forFolder(base) : emptyWorkspace;
  }

  /**
   * Fetches every file the document's data needs (nothing when all were fetched before). One
   * document at a time: a computation during another's fetch would find its half-read folders
   * cached as empty.
   */
  ready(uri: string): Promise<void> {
    const turn = this.fetching.then(() => this.fetchFor(uri));
    this.fetching = turn.catch(() => undefined);
    return turn;
  }

  private async fetchFor(uri: string): Promise<void> {
    for (let round = 0; round < maxFetchRounds; round++) {
      // What any computation found missing so far counts too (its folders were cached as empty).
      this.workspaceFor(uri);
      if (this.files.missing.size === 0) return;
      for (const location of await this.files.fetchMissing()) this.folders.forget(location);
    }
  }

  setFolders(folderUris: readonly string[]): void {
    this.folderUris = folderUris.map((uri) => URI.parse(uri).toString());
    this.folders.setWorkspaceFolders(this.folderUris);
    this.applyListed();
  }

  /** Workspace folders were added or removed (the first folder is where relative setting paths start). */
  changeFolders(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(removed.map((uri) => URI.parse(uri).toString()));
    this.setFolders([...this.folderUris.filter((folder) => !gone.has(folder)), ...added]);
  }

  /** The `reviewSummaries.catalogueFiles` setting: relative to the first workspace folder, absolute, or URIs. */
  setListedFiles(paths: readonly string[]): void {
    if (JSON.stringify(paths) === JSON.stringify(this.listed)) return;
    this.listed = [...paths];
    this.applyListed();
  }

  /** workspace/didChangeWatchedFiles: read the changed files (and so their folders) again. */
  filesChanged(changes: readonly FileEvent[]): void {
    const relevant = changes.filter((change) => this.isWorkspaceFile(change.uri));
    if (relevant.length === 0) return;
    for (const change of relevant) {
      this.files.forget(change.uri);
      this.folders.forget(change.uri);
    }
    this.refresh();
  }

  /** The URIs of the files the `reviewSummaries.catalogueFiles` setting names. */
  listedUris(): string[] {
    return this.listed.flatMap((entry) =>
      typeof entry === 'string' && entry.trim() !== '' ? (resolveSettingEntry(entry, this.baseFolder()) ?? []) : [],
    );
  }

  /**
   * The client watches files inside the workspace folders only; the folders above them (up to the
   * repository root) are read again whenever a summary below them is opened.
   */
  private async rereadUnwatched(uri: string): Promise<void> {
    if (!isStored(uri) || this.isWorkspaceFile(uri)) return;
    const inside = (dir: string) =>
      this.folderUris.some((folder) => dir === folder || dir.startsWith(folder.endsWith('/') ? folder : `${folder}/`));
    const unwatched = this.folders.chain(this.files.parent(this.files.normalize(uri))).filter((dir) => !inside(dir));
    if (unwatched.length === 0) return;
    const before = this.documents.all().map((document) => this.workspaceFor(document.uri));
    for (const dir of unwatched) {
      for (const location of [...this.folders.filesLookedAt(dir), this.folders.repositoryMarker(dir)]) this.files.forget(location);
      this.folders.forgetFolder(dir);
    }
    try {
      await Promise.all(this.documents.all().map((document) => this.ready(document.uri)));
    } catch {
      // A read that failed leaves the file as absent; the checks below still run.
    }
    // Equal data is the same object: re-check only when some open document's data did change.
    if (this.documents.all().some((document, i) => this.workspaceFor(document.uri) !== before[i])) this.recheckAll();
  }

  private applyListed(): void {
    this.folders.setListedCatalogues(this.listedUris());
    this.refresh();
  }

  private refresh(): void {
    this.folders.changed();
    this.recheckAll();
  }

  private baseFolder(): string | undefined {
    return this.folderUris[0] ?? this.fallbackFolder;
  }

  private isWorkspaceFile(uri: string): boolean {
    if (!isStored(uri)) return false;
    const normalized = URI.parse(uri).toString();
    const name = Utils.basename(URI.parse(uri));
    return (
      name === workspaceCatalogueName ||
      name === redactionListFileName ||
      isRedactionListUri(normalized) ||
      this.listedUris().includes(normalized)
    );
  }

  /** The editor's text of a workspace file, under the URI the editor uses (edits and diagnostics name it so). */
  private openFile(location: string): WorkspaceFile | undefined {
    const open = this.documents.all().find((document) => isStored(document.uri) && URI.parse(document.uri).toString() === location);
    return open ? { uri: open.uri, text: open.getText() } : undefined;
  }
}

/** A document kept in a file system (any scheme but `untitled:`), so it has a folder. */
function isStored(uri: string): boolean {
  return !/^untitled:/i.test(uri);
}

/** A `catalogueFiles` entry as a URI: a URI as it is, an absolute path on the folder's file system, a relative one under the folder. */
export function resolveSettingEntry(entry: string, base: string | undefined): string | undefined {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(entry)) return URI.parse(entry).toString();
  const baseUri = base ? URI.parse(base) : undefined;
  if (/^([a-z]:)?[\\/]/i.test(entry)) {
    return !baseUri || baseUri.scheme === 'file'
      ? URI.file(entry).toString()
      : baseUri.with({ path: entry.replace(/\\/g, '/') }).toString();
  }
  return baseUri ? Utils.joinPath(baseUri, entry).toString() : undefined;
}
