// Requests the server sends to read workspace files it cannot reach itself (a browser's web
// worker has no disk; a `vscode-vfs:` or `vscode-remote:` folder is only the editor's to read).
// The client answers them with `vscode.workspace.fs` (client/src/fileSystemRequests.ts).
import { RequestType } from 'vscode-languageserver-protocol';

/** As vscode.FileType: 1 a file, 2 a folder (64, a symbolic link, is added to either). */
export const enum FileType {
  Unknown = 0,
  File = 1,
  Directory = 2,
  SymbolicLink = 64,
}

/** `null` when nothing is there (or it cannot be reached). */
export const fileStatRequest = new RequestType<{ uri: string }, { type: FileType } | null, void>('reviewSummaries/fs/stat');
/** The text (UTF-8); an error when the file cannot be read. */
export const readFileRequest = new RequestType<{ uri: string }, string, void>('reviewSummaries/fs/readFile');
/** The folder's entries as [name, type]; an error when it cannot be listed. */
export const readDirectoryRequest = new RequestType<{ uri: string }, Array<[string, FileType]>, void>('reviewSummaries/fs/readDirectory');

/** What the server needs of a file system, by URI. */
export interface FileSystem {
  stat(uri: string): Promise<FileType | undefined>;
  readFile(uri: string): Promise<string>;
  readDirectory(uri: string): Promise<Array<[string, FileType]>>;
}

/** Every read goes to the client. */
export function clientFileSystem(connection: { sendRequest<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> }): FileSystem {
  return {
    stat: async (uri) => (await connection.sendRequest(fileStatRequest, { uri }))?.type ?? undefined,
    readFile: (uri) => connection.sendRequest(readFileRequest, { uri }),
    readDirectory: (uri) => connection.sendRequest(readDirectoryRequest, { uri }),
  };
}
