// Requests the client has cancelled are not answered with work nobody will read. The service is
// synchronous, so a request cannot be stopped half-way; what can be saved is the work for requests
// that were cancelled while they waited, which on a busy server (a long check of a large file) is
// most of them: completion and hover asked at one keystroke and cancelled at the next.
import { LSPErrorCodes, Message, ResponseError, type ConnectionOptions } from 'vscode-languageserver';

/**
 * For createConnection: a request cancelled before it was dispatched is answered "cancelled" at
 * once, instead of running (vscode-jsonrpc's default runs it with a token nobody checks).
 */
export const connectionOptions: ConnectionOptions = {
  connectionStrategy: {
    // Only requests are ever passed here (vscode-jsonrpc checks), but the type says Message.
    cancelUndispatched: (message) =>
      Message.isRequest(message)
        ? {
            jsonrpc: '2.0',
            id: message.id,
            error: { code: LSPErrorCodes.RequestCancelled, message: `${message.method} was cancelled before it ran` },
          }
        : undefined,
  },
};

/** The answer to a request whose token was cancelled before its work began. */
export function cancelledError(method: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, `${method} was cancelled`);
}
