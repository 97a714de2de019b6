// A custom request that says which server process is answering. The end-to-end suite uses it to
// kill the running server and to see that the client has started a new one. Shared by server and
// client (constants and types only).
export const serverInfoRequest = 'reviewSummaries/serverInfo';

export interface ServerInfo {
  /** The operating-system process id of the language server; none for a server in a browser's web worker. */
  pid?: number;
}
