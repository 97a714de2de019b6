import { URI, Utils } from 'vscode-uri';
import type { SymbolInformation } from 'vscode-languageserver-types';
import { FileType, type FileSystem } from '../../../common/protocol/fileSystemProtocol';
import { summarySymbols, workspaceSymbols, type SummarySource } from '../service/features/workspaceSymbols';

const summaryFile = /\.review\.ya?ml$/i;
const skippedFolders = new Set(['node_modules', '.git']);
/** A walk stops after this many folder entries, so a huge folder opened by mistake cannot stall the server. */
const maxEntriesWalked = 200_000;

/**
 * "Go to Symbol in Workspace" across every summary under the workspace folders. Files are found
 * on each request (so new and deleted files are seen without a watcher), open documents count
 * with their live text, and each file's symbols are cached until its text changes.
 */
export class WorkspaceSymbolIndex {
  private folders: string[] = [];

  /** `maxFileSize` is read on every query, so a settings change applies at once. */
  constructor(
    private readonly fileSystem: FileSystem,
    private readonly maxFileSize: () => number = () => Infinity,
  ) {}
  private readonly cache = new Map<string, { text: string; symbols: SymbolInformation[]; maxFileSize: number }>();

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map((uri) => URI.parse(uri).toString());
  }

  /** A folder added to or removed from a multi-root workspace. */
  changeFolders(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(removed.map((uri) => URI.parse(uri).toString()));
    const kept = this.folders.filter((folder) => !gone.has(folder));
    this.folders = [...new Set([...kept, ...added.map((uri) => URI.parse(uri).toString())])];
  }

  async query(
    query: string,
    openDocuments: ReadonlyArray<SummarySource>,
    isCancelled: () => boolean = () => false,
  ): Promise<SymbolInformation[]> {
    const open = new Map(openDocuments.filter((doc) => summaryFile.test(doc.uri)).map((doc) => [doc.uri, doc.text]));
    const sources: SummarySource[] = [...open].map(([uri, text]) => ({ uri, text }));
    const openUris = new Set([...open.keys()].map((uri) => URI.parse(uri).toString()));
    for (const uri of await findSummaryFiles(this.fileSystem, this.folders, isCancelled)) {
      if (openUris.has(uri)) continue;
      try {
        sources.push({ uri, text: await this.fileSystem.readFile(uri) });
      } catch {
        // Deleted or unreadable since the walk: it simply has no symbols.
      }
      if (isCancelled()) return [];
    }
    const live = new Set(sources.map((source) => source.uri));
    for (const uri of this.cache.keys()) if (!live.has(uri)) this.cache.delete(uri);
    return workspaceSymbols(sources, query, (source) => this.symbolsOf(source));
  }

  private symbolsOf(source: SummarySource): SymbolInformation[] {
    const cached = this.cache.get(source.uri);
    if (cached && cached.text === source.text && cached.maxFileSize === this.maxFileSize()) return cached.symbols;
    const symbols = summarySymbols(source, this.maxFileSize());
    this.cache.set(source.uri, { text: source.text, symbols, maxFileSize: this.maxFileSize() });
    return symbols;
  }
}

/** Summary files under the folders, as URIs (symbolic links to folders are not followed: they can loop). */
export async function findSummaryFiles(
  fileSystem: FileSystem,
  folders: readonly string[],
  isCancelled: () => boolean = () => false,
): Promise<string[]> {
  const found = new Set<string>();
  const pending = [...folders];
  let walked = 0;
  while (pending.length > 0 && walked < maxEntriesWalked && !isCancelled()) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await fileSystem.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [name, type] of entries) {
      walked++;
      const child = Utils.joinPath(URI.parse(dir), name).toString();
      if (type === FileType.Directory) {
        if (!skippedFolders.has(name)) pending.push(child);
      } else if (type & (FileType.File | FileType.SymbolicLink) && summaryFile.test(name)) {
        found.add(child);
      }
    }
  }
  return [...found].sort();
}
