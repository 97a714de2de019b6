// `reviewSummaries/serverInfo` names the process that answers: the end-to-end suite kills that
// process to test the client's restart, so it must be the server itself, forked as the client forks it.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { serverInfoRequest, type ServerInfo } from '../../common/protocol/serverInfoProtocol';
import { repoRoot } from '../support/paths';

test('serverInfo answers the pid of the server process (forked over IPC, as VS Code starts it)', async () => {
  const child = fork(join(repoRoot, 'dist', 'server.js'), ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    const info = await connection.sendRequest<ServerInfo>(serverInfoRequest);
    assert.deepEqual(info, { pid: child.pid });
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } finally {
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
});
