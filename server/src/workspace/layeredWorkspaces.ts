// Which workspace files apply to a summary, by folder: the one rule the server and the CLI share.
// No Node built-ins: a location is whatever the `FolderAccess` makes of it (a path for the CLI,
// a URI for the language server, which runs in a browser's web worker too).
import { workspaceCatalogueName } from '../service/agencies/workspaceCatalogue';
import { mergeRedactionLists, readRedactionList, redactionListFileName } from '../service/redaction/workspaceList';
import type { WorkspaceData, WorkspaceFile } from '../service/workspace';

/** How locations are named and read. Reads are synchronous: the server answers them from files it fetched beforehand. */
export interface FolderAccess {
  /** The location in one canonical spelling (equal locations compare equal as strings). */
  normalize(location: string): string;
  /** The folder holding a location; the location itself at the root. */
  parent(location: string): string;
  join(folder: string, name: string): string;
  /** The URI diagnostics and edits name the file by. */
  uriOf(location: string): string;
  exists(location: string): boolean;
  /** The file's text; throws when it cannot be read (the error's `code` or message is reported). */
  read(location: string): string;
}

/** The workspace files one folder holds (read once, until told they changed). */
interface FolderFiles {
  catalogue?: WorkspaceFile;
  redaction?: WorkspaceFile;
}

export interface FolderWorkspaceOptions {
  /** The editor's unsaved text of a file, by location (it wins over the disk); with the URI the editor uses. */
  openFile?: (location: string) => WorkspaceFile | undefined;
  /** A file that exists but cannot be read. Reported once per read; the summaries are still checked. */
  warn?: (problem: string) => void;
}

/**
 * The rule: a summary gets the `review-summaries.agencies.yaml` and `review-summaries.redaction.yaml`
 * of its own folder and of every folder above it, up to the nearest folder holding `.git` (the
 * repository's root, included) or else the root. Redaction lists are merged (every name and
 * allowed text of every list on the way up counts). Catalogues are layered from the farthest to
 * the nearest, so an entry in a nearer file overrides one of the same name further up; files
 * named by the `reviewSummaries.catalogueFiles` setting come first, under all of them. A file in
 * a sibling folder never applies.
 *
 * Each folder is read once and each folder's result computed once, until `forget` says a file
 * changed; equal results are the same object, so the language service's caches (which compare
 * by identity) survive a change that makes no difference to a folder.
 */
export class LayeredWorkspaces {
  private readonly files = new Map<string, FolderFiles>();
  private readonly stops = new Map<string, boolean>();
  private readonly results = new Map<string, { generation: number; key: string; data: WorkspaceData }>();
  /** Equal results share one object, so the catalogue built from them is built once. */
  private readonly interned = new Map<string, WorkspaceData>();
  private generation = 0;
  private listedLocations: string[] = [];
  private folderUris: string[] = [];

  constructor(
    protected readonly access: FolderAccess,
    private readonly options: FolderWorkspaceOptions = {},
  ) {}

  /** The files the `reviewSummaries.catalogueFiles` setting names (resolved locations), least specific first. */
  setListedCatalogues(locations: readonly string[]): void {
    this.listedLocations = [...new Set(locations.map((location) => this.access.normalize(location)))];
    this.changed();
  }

  /** The editor's workspace folders (URIs): where "Add to workspace catalogue" creates a first file. */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.folderUris = [...uris];
    this.changed();
  }

  /** A file changed on disk (or its editor text did): read its folder again. No argument: everything. */
  forget(location?: string): void {
    if (location === undefined) {
      this.files.clear();
      this.stops.clear();
      this.changed();
    } else {
      this.forgetFolder(this.access.parent(this.access.normalize(location)));
    }
  }

  /** Read this folder's files again (and whether it is a repository root) when next needed. */
  forgetFolder(folder: string): void {
    this.files.delete(this.access.normalize(folder));
    this.stops.delete(this.access.normalize(folder));
    this.changed();
  }

  /** Results may differ now (an open file's text changed): compute again, keeping equal ones. */
  changed(): void {
    this.generation++;
  }

  forFile(location: string): WorkspaceData {
    return this.forFolder(this.access.parent(this.access.normalize(location)));
  }

  forFolder(folder: string): WorkspaceData {
    const previous = this.results.get(folder);
    if (previous?.generation === this.generation) return previous.data;
    const chain = this.chain(folder);
    const onChain = chain.map((dir) => this.filesOf(dir));
    const redactionLists = onChain.flatMap((files) => (files.redaction ? [readRedactionList(files.redaction.text)] : []));
    const folderCatalogues = onChain.flatMap((files) => (files.catalogue ? [files.catalogue] : [])).reverse();
    const listed = this.listedLocations.flatMap((location) => this.readFile(location, 'agency catalogue') ?? []);
    const data: WorkspaceData = {
      agencyCatalogues: [...listed.filter((file) => !folderCatalogues.some((f) => f.uri === file.uri)), ...folderCatalogues],
      ...entriesOf(redactionLists),
      workspaceFolders: this.foldersFor(folder),
    };
    const key = JSON.stringify(data);
    const same = previous?.key === key ? previous.data : this.intern(key, data);
    this.results.set(folder, { generation: this.generation, key, data: same });
    return same;
  }

  /** The folder and those above it that count, nearest first (see the class comment). */
  chain(folder: string): string[] {
    const chain: string[] = [];
    let dir = this.access.normalize(folder);
    for (;;) {
      chain.push(dir);
      const parent = this.access.parent(dir);
      if (parent === dir || this.isRepositoryRoot(dir)) return chain;
      dir = parent;
    }
  }

  /** The locations of the files one folder may hold (what the server fetches before it checks). */
  filesLookedAt(folder: string): string[] {
    return [workspaceCatalogueName, redactionListFileName].map((name) => this.access.join(folder, name));
  }

  /** The location whose existence makes a folder a repository root. */
  repositoryMarker(folder: string): string {
    return this.access.join(folder, '.git');
  }

  listed(): readonly string[] {
    return this.listedLocations;
  }

  private isRepositoryRoot(dir: string): boolean {
    let stop = this.stops.get(dir);
    if (stop === undefined) {
      stop = this.access.exists(this.repositoryMarker(dir));
      this.stops.set(dir, stop);
    }
    return stop;
  }

  private filesOf(dir: string): FolderFiles {
    const [catalogueAt, redactionAt] = this.filesLookedAt(dir) as [string, string];
    let files = this.files.get(dir);
    if (!files) {
      files = {
        catalogue: this.readFile(catalogueAt, 'agency catalogue', true),
        redaction: this.readFile(redactionAt, 'redaction list', true),
      };
      this.files.set(dir, files);
    }
    // The editor's text of an open file wins over the disk (looked up each time: it changes as typed).
    return {
      catalogue: this.options.openFile?.(catalogueAt) ?? files.catalogue,
      redaction: this.options.openFile?.(redactionAt) ?? files.redaction,
    };
  }

  private readFile(location: string, what: string, optional = false): WorkspaceFile | undefined {
    const open = this.options.openFile?.(location);
    if (open) return open;
    if (optional && !this.access.exists(location)) return undefined;
    try {
      return { uri: this.access.uriOf(location), text: this.access.read(location).replace(/^\uFEFF/, '') };
    } catch (error) {
      this.options.warn?.(`${what} ${location}: cannot read (${(error as { code?: string })?.code ?? String(error)})`);
      return undefined;
    }
  }

  /** The workspace folder holding `folder` first (a new catalogue goes there), then the others. */
  private foldersFor(folder: string): string[] {
    const here = this.access.uriOf(folder).replace(/\/$/, '');
    const holding = this.folderUris.filter((uri) => here === uri.replace(/\/$/, '') || here.startsWith(uri.replace(/\/?$/, '/')));
    return [...holding, ...this.folderUris.filter((uri) => !holding.includes(uri))];
  }

  private intern(key: string, data: WorkspaceData): WorkspaceData {
    const known = this.interned.get(key);
    if (known) return known;
    // Keep the table small in a long editing session: only results some folder still uses.
    if (this.interned.size > 64) {
      const live = new Set([...this.results.values()].map((result) => result.key));
      for (const old of this.interned.keys()) if (!live.has(old)) this.interned.delete(old);
    }
    this.interned.set(key, data);
    return data;
  }
}

function entriesOf(lists: Parameters<typeof mergeRedactionLists>[0]): Pick<WorkspaceData, 'redactionNames' | 'redactionAllow'> {
  const { names, allow } = mergeRedactionLists(lists);
  return { redactionNames: names, redactionAllow: allow };
}
