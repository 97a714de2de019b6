// What activate() returns, read by other extensions through `vscode.extensions.getExtension(id).exports`.
// Its one user is the end-to-end suite, which runs in the same extension host but in its own bundle,
// so it cannot import this module's state: it needs a value handed over by VS Code.
import type { BaseLanguageClient } from 'vscode-languageclient';
import { serverInfoRequest, type ServerInfo } from '../../../common/protocol/serverInfoProtocol';

export interface ReviewSummariesApi {
  /** Which language server process answers now (asked over the protocol, so it is the live one). */
  serverInfo(): Promise<ServerInfo>;
}

export function createApi(currentClient: () => BaseLanguageClient | undefined): ReviewSummariesApi {
  return {
    async serverInfo() {
      const client = currentClient();
      if (!client) throw new Error('the Review Summaries language client is not running');
      return client.sendRequest<ServerInfo>(serverInfoRequest);
    },
  };
}
