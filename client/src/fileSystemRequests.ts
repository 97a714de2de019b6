// Answers the server's file requests (server/src/lsp/fileSystemProtocol.ts) with `workspace.fs`,
// which reaches every file system the editor has: the disk, a remote, vscode-vfs: in github.dev.
import { FileType as VsCodeFileType, Uri, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { fileStatRequest, readDirectoryRequest, readFileRequest, type FileType } from '../../common/protocol/fileSystemProtocol';

export function registerFileSystemRequests(client: BaseLanguageClient): void {
  client.onRequest(fileStatRequest, async ({ uri }) => {
    try {
      const stat = await workspace.fs.stat(Uri.parse(uri));
      return { type: stat.type as number as FileType };
    } catch {
      return null; // absent or unreachable: the server treats both as "no such file"
    }
  });
  client.onRequest(readFileRequest, async ({ uri }) => new TextDecoder().decode(await workspace.fs.readFile(Uri.parse(uri))));
  client.onRequest(readDirectoryRequest, async ({ uri }) => {
    const entries = await workspace.fs.readDirectory(Uri.parse(uri));
    return entries.map(([name, type]): [string, FileType] => [
      name,
      (type & (VsCodeFileType.File | VsCodeFileType.Directory | VsCodeFileType.SymbolicLink)) as FileType,
    ]);
  });
}
