// Which workspace files apply to a summary, by folder: the one rule the server and the CLI share.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { workspaceCatalogueName } from '../service/agencies/workspaceCatalogue';
import { mergeRedactionLists, readRedactionList, redactionListFileName } from '../service/redaction/workspaceList';
import type { WorkspaceData, WorkspaceFile } from '../service/workspace';

/** The workspace files one folder holds (read from disk, once, until told they changed). */
interface FolderFiles {
  catalogue?: WorkspaceFile;
  redaction?: WorkspaceFile;
}

export interface FolderWorkspaceOptions {
  /** The editor's unsaved text of a file, by absolute path (it wins over the disk); with the URI the editor uses. */
  openFile?: (path: string) => WorkspaceFile | undefined;
  /** A file that exists but cannot be read. Reported once per read; the summaries are still checked. */
  warn?: (problem: string) => void;
}

/**
 * The rule: a summary gets the `review-summaries.agencies.yaml` and `review-summaries.redaction.yaml`
 * of its own folder and of every folder above it, up to the nearest folder holding `.git` (the
 * repository's root, included) or else the filesystem root. Redaction lists are merged (every
 * name and allowed text of every list on the way up counts). Catalogues are layered from the
 * farthest to the nearest, so an entry in a nearer file overrides one of the same name further
 * up; files named by the `reviewSummaries.catalogueFiles` setting come first, under all of them.
 * A file in a sibling folder never applies.
 *
 * Each folder is read once and each folder's result computed once, until `forget` says a file
 * changed; equal results are the same object, so the language service's caches (which compare
 * by identity) survive a change that makes no difference to a folder.
 */
export class FolderWorkspaces {
  private readonly files = new Map<string, FolderFiles>();
  private readonly stops = new Map<string, boolean>();
  private readonly results = new Map<string, { generation: number; key: string; data: WorkspaceData }>();
  /** Equal results share one object, so the catalogue built from them is built once. */
  private readonly interned = new Map<string, WorkspaceData>();
  private generation = 0;
  private listedPaths: string[] = [];
  private folderUris: string[] = [];

  constructor(private readonly options: FolderWorkspaceOptions = {}) {}

  /** The files the `reviewSummaries.catalogueFiles` setting names (absolute paths), least specific first. */
  setListedCatalogues(paths: readonly string[]): void {
    this.listedPaths = [...new Set(paths.map((path) => resolve(path)))];
    this.changed();
  }

  /** The editor's workspace folders (URIs): where "Add to workspace catalogue" creates a first file. */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.folderUris = [...uris];
    this.changed();
  }

  /** A file changed on disk (or its editor text did): read its folder again. No argument: everything. */
  forget(path?: string): void {
    if (path === undefined) {
      this.files.clear();
      this.stops.clear();
      this.changed();
    } else {
      this.forgetFolder(dirname(resolve(path)));
    }
  }

  /** Read this folder's files again (and whether it is a repository root) when next needed. */
  forgetFolder(folder: string): void {
    this.files.delete(resolve(folder));
    this.stops.delete(resolve(folder));
    this.changed();
  }

  /** Results may differ now (an open file's text changed): compute again, keeping equal ones. */
  changed(): void {
    this.generation++;
  }

  forFile(path: string): WorkspaceData {
    return this.forFolder(dirname(resolve(path)));
  }

  forFolder(folder: string): WorkspaceData {
    const previous = this.results.get(folder);
    if (previous?.generation === this.generation) return previous.data;
    const chain = this.chain(folder);
    const onChain = chain.map((dir) => this.filesOf(dir));
    const redactionLists = onChain.flatMap((files) => (files.redaction ? [readRedactionList(files.redaction.text)] : []));
    const folderCatalogues = onChain.flatMap((files) => (files.catalogue ? [files.catalogue] : [])).reverse();
    const listed = this.listedPaths.flatMap((path) => this.readFile(path, 'agency catalogue') ?? []);
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
    let dir = resolve(folder);
    for (;;) {
      chain.push(dir);
      const parent = dirname(dir);
      if (parent === dir || this.isRepositoryRoot(dir)) return chain;
      dir = parent;
    }
  }

  private isRepositoryRoot(dir: string): boolean {
    let stop = this.stops.get(dir);
    if (stop === undefined) {
      stop = existsSync(join(dir, '.git'));
      this.stops.set(dir, stop);
    }
    return stop;
  }

  private filesOf(dir: string): FolderFiles {
    let files = this.files.get(dir);
    if (!files) {
      files = {
        catalogue: this.readFile(join(dir, workspaceCatalogueName), 'agency catalogue', true),
        redaction: this.readFile(join(dir, redactionListFileName), 'redaction list', true),
      };
      this.files.set(dir, files);
    }
    // The editor's text of an open file wins over the disk (looked up each time: it changes as typed).
    return {
      catalogue: this.options.openFile?.(join(dir, workspaceCatalogueName)) ?? files.catalogue,
      redaction: this.options.openFile?.(join(dir, redactionListFileName)) ?? files.redaction,
    };
  }

  private readFile(path: string, what: string, optional = false): WorkspaceFile | undefined {
    const open = this.options.openFile?.(path);
    if (open) return open;
    if (optional && !existsSync(path)) return undefined;
    try {
      return { uri: pathToFileURL(path).toString(), text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
    } catch (error) {
      this.options.warn?.(`${what} ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return undefined;
    }
  }

  /** The workspace folder holding `folder` first (a new catalogue goes there), then the others. */
  private foldersFor(folder: string): string[] {
    const here = pathToFileURL(folder).toString();
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
