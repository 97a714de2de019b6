// Reads the workspace redaction lists (review-summaries.redaction.yaml) from disk, for the server
// and the CLI. The language service never touches files: it is handed the entries.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { mergeRedactionLists, readRedactionList, redactionListFileName, type RedactionListEntries } from '../service/redaction/workspaceList';

export interface LoadedRedactionList extends RedactionListEntries {
  path: string;
}

/** The list file at each folder that has one. */
export function loadRedactionLists(folders: readonly string[]): LoadedRedactionList[] {
  const lists: LoadedRedactionList[] = [];
  const seen = new Set<string>();
  for (const folder of folders) {
    const path = join(resolve(folder), redactionListFileName);
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    try {
      lists.push({ path, ...readRedactionList(readFileSync(path, 'utf8')) });
    } catch {
      // An unreadable list is reported by the editor when opened; it adds nothing here.
    }
  }
  return lists;
}

/**
 * For the CLI: the folders whose list applies to the files named on the command line: the
 * current directory, each named folder, and the folders above each named path (a workspace root
 * is usually an ancestor of the summaries).
 */
export function listFoldersFor(paths: readonly string[], cwd = process.cwd()): string[] {
  const folders = new Set<string>([resolve(cwd)]);
  for (const path of paths) {
    let folder = resolve(cwd, path);
    if (!existsSync(folder) || /\.ya?ml$/i.test(folder)) folder = dirname(folder);
    for (let depth = 0; depth < 32; depth++) {
      folders.add(folder);
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  }
  return [...folders];
}

export function mergedEntries(lists: readonly LoadedRedactionList[]): RedactionListEntries {
  return mergeRedactionLists(lists);
}
