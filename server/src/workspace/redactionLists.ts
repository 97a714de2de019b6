// Reads the workspace redaction lists (review-summaries.redaction.yaml) from disk, for the server
// and the CLI. The language service never touches files: it is handed the entries.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
 * For the CLI: the folders whose list applies: the current directory (a workspace root, when the
 * tool runs from one, as in CI) and each folder named on the command line.
 */
export function listFoldersFor(paths: readonly string[], cwd = process.cwd()): string[] {
  const folders = new Set<string>([resolve(cwd)]);
  for (const path of paths) {
    const full = resolve(cwd, path);
    if (existsSync(full) && statSync(full).isDirectory()) folders.add(full);
  }
  return [...folders];
}

export function mergedEntries(lists: readonly LoadedRedactionList[]): RedactionListEntries {
  return mergeRedactionLists(lists);
}
