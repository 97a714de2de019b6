// The folder rule of layeredWorkspaces.ts over the local disk, by path: what the CLI uses.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LayeredWorkspaces, type FolderAccess, type FolderWorkspaceOptions } from './layeredWorkspaces';

export type { FolderWorkspaceOptions } from './layeredWorkspaces';

const localDisk: FolderAccess = {
  normalize: (path) => resolve(path),
  parent: (path) => dirname(path),
  join: (folder, name) => join(folder, name),
  uriOf: (path) => pathToFileURL(path).toString(),
  exists: (path) => existsSync(path),
  read: (path) => readFileSync(path, 'utf8'),
};

/** Workspace data by folder, read from the disk with absolute or relative paths. */
export class FolderWorkspaces extends LayeredWorkspaces {
  constructor(options: FolderWorkspaceOptions = {}) {
    super(localDisk, options);
  }
}
