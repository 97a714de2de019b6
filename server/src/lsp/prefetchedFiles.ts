import { URI, Utils } from 'vscode-uri';
import type { FolderAccess } from '../workspace/layeredWorkspaces';
import { FileType, type FileSystem } from '../../../common/protocol/fileSystemProtocol';

interface Fetched {
  exists: boolean;
  text?: string;
  error?: string;
}

/**
 * The folder rule's files by URI, answered synchronously from what was fetched before (the
 * checks are synchronous; reading through the client is not). A location asked for but not
 * fetched yet counts as absent and is remembered in `missing`, so the server can fetch it and
 * compute again: the rule itself says which files it needs, and nothing walks the folders twice.
 */
export class PrefetchedFiles implements FolderAccess {
  private readonly fetched = new Map<string, Fetched>();
  readonly missing = new Set<string>();

  constructor(private readonly fileSystem: FileSystem) {}

  normalize(location: string): string {
    return URI.parse(location).toString();
  }

  parent(location: string): string {
    const uri = URI.parse(location);
    return uri.path === '/' || uri.path === '' ? uri.toString() : Utils.dirname(uri).toString();
  }

  join(folder: string, name: string): string {
    return Utils.joinPath(URI.parse(folder), name).toString();
  }

  uriOf(location: string): string {
    return location;
  }

  exists(location: string): boolean {
    const known = this.fetched.get(location);
    if (!known) this.missing.add(location);
    return Boolean(known?.exists);
  }

  read(location: string): string {
    const known = this.fetched.get(location);
    if (!known) {
      this.missing.add(location);
      throw Object.assign(new Error('not read yet'), { code: 'ENOENT' });
    }
    if (known.text === undefined) throw Object.assign(new Error(known.error ?? 'not found'), { code: known.error ?? 'ENOENT' });
    return known.text;
  }

  /** Fetches what was missing (in parallel); returns the locations fetched. */
  async fetchMissing(): Promise<string[]> {
    const wanted = [...this.missing];
    this.missing.clear();
    await Promise.all(wanted.map(async (location) => this.fetched.set(location, await this.fetch(location))));
    return wanted;
  }

  /** Read this location again when next needed. */
  forget(location: string): void {
    this.fetched.delete(this.normalize(location));
  }

  private async fetch(location: string): Promise<Fetched> {
    let type: FileType | undefined;
    try {
      type = await this.fileSystem.stat(location);
    } catch {
      type = undefined;
    }
    if (type === undefined) return { exists: false };
    // A folder (".git" is one in a clone, a file in a worktree) exists but has no text.
    if (type & FileType.Directory) return { exists: true, error: 'EISDIR' };
    try {
      return { exists: true, text: await this.fileSystem.readFile(location) };
    } catch (error) {
      return { exists: true, error: (error as { code?: string })?.code ?? (error as Error)?.message ?? String(error) };
    }
  }
}
