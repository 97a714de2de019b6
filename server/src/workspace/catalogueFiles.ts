import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { workspaceCatalogueName } from '../service/agencies/workspaceCatalogue';
import type { WorkspaceFile } from '../service/workspace';

/**
 * The workspace's agency catalogue files on disk: review-summaries.agencies.yaml at each
 * workspace folder's root (when it exists), then the files the `reviewSummaries.catalogueFiles`
 * setting names (relative to the first folder, or absolute). Later files override earlier ones.
 */
export function catalogueFilePaths(folders: readonly string[], listed: readonly string[] = []): string[] {
  const atRoots = folders.map((folder) => join(folder, workspaceCatalogueName)).filter((path) => existsSync(path));
  const base = folders[0] ?? process.cwd();
  const named = listed.filter((entry) => typeof entry === 'string' && entry.trim() !== '').map((entry) => (isAbsolute(entry) ? entry : resolve(base, entry)));
  return [...new Set([...atRoots, ...named])];
}

/** Reads the files; one that cannot be read is reported, never fatal (its summaries still get checked). */
export function readCatalogueFiles(paths: readonly string[]): { files: WorkspaceFile[]; problems: string[] } {
  const files: WorkspaceFile[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    try {
      files.push({ uri: pathToFileURL(path).toString(), text: readFileSync(path, 'utf8') });
    } catch (error) {
      problems.push(`agency catalogue ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  return { files, problems };
}
