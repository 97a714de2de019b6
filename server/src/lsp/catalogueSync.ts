import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReviewSummaryService } from '../service/languageService';
import { isCatalogueUri } from '../service/agencies/workspaceCatalogue';
import type { WorkspaceFile } from '../service/workspace';
import { catalogueFilePaths, readCatalogueFiles } from '../workspace/catalogueFiles';

/**
 * Keeps the service's workspace catalogues in step with the workspace: the files on disk, with
 * the editor's unsaved text of any that is open. Every change is handed to the service at once
 * and every open summary is checked again, so a name added to the catalogue stops being flagged
 * while the person is still typing it.
 */
export class CatalogueSync {
  private folders: string[] = [];
  private listed: string[] = [];
  private onDisk: WorkspaceFile[] = [];

  constructor(
    private readonly service: ReviewSummaryService,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly recheckAll: () => void,
    private readonly warn: (message: string) => void,
  ) {
    documents.onDidChangeContent((event) => this.documentChanged(event.document.uri));
    documents.onDidClose((event) => this.documentChanged(event.document.uri));
  }

  setFolders(folderUris: string[]): void {
    this.folders = folderUris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    this.reload();
  }

  /** Workspace folders were added or removed (the first folder is where a new catalogue goes). */
  changeFolders(added: string[], removed: string[]): void {
    const gone = new Set(removed.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri)));
    const kept = this.folders.filter((folder) => !gone.has(folder));
    this.setFolders([...kept, ...added.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri))].map((path) => pathToFileURL(path).toString()));
  }

  setListedFiles(paths: string[]): void {
    if (JSON.stringify(paths) === JSON.stringify(this.listed)) return;
    this.listed = paths;
    this.reload();
  }

  /** Reads the files again (a watched file changed, was created or deleted). */
  reload(): void {
    const { files, problems } = readCatalogueFiles(catalogueFilePaths(this.folders, this.listed));
    for (const problem of problems) this.warn(problem);
    this.onDisk = files;
    this.publish();
  }

  private documentChanged(uri: string): void {
    if (isCatalogueUri(uri) || this.onDisk.some((file) => samePath(file.uri, uri))) this.publish();
  }

  private publish(): void {
    const agencyCatalogues = this.onDisk.map((file) => {
      const open = this.documents.all().find((document) => samePath(document.uri, file.uri));
      // The open document's URI, so edits and diagnostics name the file as the editor knows it.
      return open ? { uri: open.uri, text: open.getText() } : file;
    });
    const workspaceFolders = this.folders.map((folder) => pathToFileURL(folder).toString());
    this.service.setWorkspace({ agencyCatalogues, workspaceFolders });
    this.recheckAll();
  }
}

/** Two file URIs name the same file (editors and Node encode some characters differently). */
function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return fileURLToPath(a) === fileURLToPath(b);
  } catch {
    return false;
  }
}
