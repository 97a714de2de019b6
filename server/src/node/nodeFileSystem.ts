// The Node server reads `file:` URIs from the disk itself (faster than a round trip, and what a
// client that serves no file requests, such as the protocol tests' or another editor's, needs);
// other schemes go to the client, as in the browser.
import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FileType, type FileSystem } from '../../../common/protocol/fileSystemProtocol';

export function nodeFileSystem(client: FileSystem): FileSystem {
  const local = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);
  return {
    async stat(uri) {
      const path = local(uri);
      if (!path) return client.stat(uri);
      try {
        const found = await stat(path);
        return found.isDirectory() ? FileType.Directory : found.isFile() ? FileType.File : FileType.Unknown;
      } catch {
        return undefined;
      }
    },
    async readFile(uri) {
      const path = local(uri);
      return path ? readFile(path, 'utf8') : client.readFile(uri);
    },
    async readDirectory(uri) {
      const path = local(uri);
      if (!path) return client.readDirectory(uri);
      const entries = await readdir(path, { withFileTypes: true });
      return entries.map((entry): [string, FileType] => [
        entry.name,
        entry.isDirectory()
          ? FileType.Directory
          : entry.isSymbolicLink()
            ? FileType.File | FileType.SymbolicLink
            : entry.isFile()
              ? FileType.File
              : FileType.Unknown,
      ]);
    },
  };
}
