import { URI, Utils } from 'vscode-uri';
import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type FileSystemWatcher } from 'vscode-languageserver';

/**
 * Asks the client to watch the files the `reviewSummaries.catalogueFiles` setting names, whatever
 * they are called and wherever they are: the client's own watchers cover `*.agencies.yaml` inside
 * the workspace only, so a listed `shared/extra.yaml` changed on disk would otherwise go unnoticed
 * until the window reloads. Uses dynamic registration of workspace/didChangeWatchedFiles, with
 * relative patterns (a folder and a file name) when the client supports them; a client that
 * cannot register watchers dynamically is left as it is.
 */
export class ListedFileWatcher {
  private registration: Promise<Disposable | undefined> | undefined;
  private watched = '[]';

  constructor(
    private readonly connection: Connection,
    private readonly client: { dynamicRegistration: boolean; relativePatterns: boolean },
  ) {}

  /** Watch exactly these files, by URI (replacing what was watched before). */
  async watch(uris: readonly string[]): Promise<void> {
    if (!this.client.dynamicRegistration) return;
    const key = JSON.stringify(uris);
    if (key === this.watched) return;
    this.watched = key;
    const previous = this.registration;
    this.registration = undefined;
    (await previous)?.dispose();
    if (uris.length === 0) return;
    const watchers: FileSystemWatcher[] = uris.map((text) => {
      const uri = URI.parse(text);
      return {
        globPattern: this.client.relativePatterns
          ? { baseUri: Utils.dirname(uri).toString(), pattern: escapeGlob(Utils.basename(uri)) }
          : escapeGlob(uri.fsPath.replace(/\\/g, '/')),
      };
    });
    // A client that refuses only loses the watching; the files are still read when settings change.
    this.registration = this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
      this.connection.console.warn(`Could not watch the catalogue files: ${String(error)}`);
      return undefined;
    });
  }
}

/** A path as a glob that matches only itself ("[draft].yaml" has no brackets to match a character). */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}]/g, (character) => `[${character}]`);
}
