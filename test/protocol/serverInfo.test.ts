// `reviewSummaries/serverInfo` names the process that answers: the end-to-end suite kills that
// process to test the client's restart, so it must be the server itself, forked as the client forks it.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { serverInfoRequest, type ServerInfo } from '../../common/protocol/serverInfoProtocol';
import { repoRoot } from '../support/paths';

test("the server reports the extension's version, and serverInfo the pid of the server process (forked over IPC, as VS Code starts it)", async () => {
  const child = fork(join(repoRoot, 'dist', 'server.js'), ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  try {
    const initialized = await connection.sendRequest<{ serverInfo?: { name: string; version?: string } }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    });
    // The version the server reports is the extension's own, read from package.json at build time.
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(initialized.serverInfo, { name: 'review-summary-server', version });
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
