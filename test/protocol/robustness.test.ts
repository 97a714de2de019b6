// The built server as the client really starts it (IPC), UTF-16 positions over the protocol,
// bad requests that must not stop it, and quick fixes that name the version they were made for.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-types';
import { LSPErrorCodes, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generateSummary } from '../support/generateSummary';
import { TestLspClient } from '../support/lspClient';
import { fixturesDir, repoRoot } from '../support/paths';
import { schemaRuleIds } from '../../server/src/service/schema/schemaValidation';
import { checkRuleIds } from '../../server/src/service/check/runChecks';

/** The YAML and schema rules' codes (other rules, such as the agency catalogue's, may also speak). */
function ownRules(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).filter((code) => /^(yaml|schema)\//.test(code));
}

const validMinimal = readFileSync(join(fixturesDir, 'schema', 'valid-minimal.review.yaml'), 'utf8');

describe('server over IPC (as the VS Code client starts it)', () => {
  test('forked with --node-ipc, it initializes and publishes diagnostics', async () => {
    const child = fork(join(repoRoot, 'dist', 'server.js'), ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', resolve),
    );
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ validationDelay: 0 })));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    try {
      const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as {
        capabilities: object;
      };
      assert.ok(init.capabilities);
      await connection.sendNotification('initialized', {});
      const uri = 'file:///ipc/summary.review.yaml';
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: {
          uri,
          languageId: 'review-summary',
          version: 1,
          text: validMinimal.replace('yearOfDeath: 2020', 'yearOfDeath: "2020"'),
        },
      });
      const { diagnostics } = await published;
      assert.deepEqual(ownRules(diagnostics), [schemaRuleIds.wrongType]);
      assert.deepEqual(diagnostics.find((d) => d.code === schemaRuleIds.wrongType)!.range, {
        start: { line: 3, character: 13 },
        end: { line: 3, character: 19 },
      });
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});

describe('server over stdio: robustness', () => {
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  /** The server still answers and still checks documents. */
  async function stillServing(tag: string): Promise<void> {
    const uri = `file:///virtual/alive-${tag}.review.yaml`;
    await client.open(uri, validMinimal.replace('published: 2023-08', 'published: 2023-13'));
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(ownRules(diagnostics), [schemaRuleIds.invalidValue], tag);
    await client.close(uri);
  }

  test('positions after an emoji and a combining accent are UTF-16 code units', async () => {
    const path = join(fixturesDir, 'yaml', 'unicode-columns.review.yaml');
    const text = readFileSync(path, 'utf8');
    const uri = pathToFileURL(path).toString();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('year: 1'));
    const character = lines[line].indexOf('year: 1');
    const year = diagnostics.find((d: Diagnostic) => String(d.message).startsWith('`year`'))!;
    assert.deepEqual(year.range, { start: { line, character }, end: { line, character: character + 4 } });
    await client.close(uri);
  });

  test('requests on an unknown document, or past the end of one, answer empty', async () => {
    const unknown = { textDocument: { uri: 'file:///nowhere.review.yaml' }, position: { line: 0, character: 0 } };
    assert.equal(await client.request('textDocument/hover', unknown), null);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: unknown.textDocument }), []);
    const uri = 'file:///virtual/short.review.yaml';
    await client.open(uri, validMinimal);
    await client.waitForDiagnostics(uri);
    const far = { line: 9999, character: 9999 };
    await client.request('textDocument/hover', { textDocument: { uri }, position: far });
    const completion = await client.request<{ items: unknown[] } | unknown[] | null>('textDocument/completion', {
      textDocument: { uri },
      position: far,
    });
    assert.ok(completion === null || Array.isArray(completion) || Array.isArray(completion.items));
    const actions = await client.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: far, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.ok(Array.isArray(actions));
    await client.close(uri);
    await stillServing('after-unknown');
  });

  test('malformed params get an error response (or an empty answer), and the server keeps serving', async () => {
    for (const [method, params] of [
      ['textDocument/hover', {}],
      ['textDocument/completion', { textDocument: { uri: 42 }, position: 'top' }],
      ['textDocument/codeAction', { textDocument: { uri: 'file:///virtual/x.review.yaml' } }],
      ['textDocument/documentSymbol', null],
      ['textDocument/foldingRange', { textDocument: null }],
    ] as const) {
      await client.request(method, params).catch(() => undefined);
    }
    // A notification with nonsense must not take the server down either.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///never-opened.review.yaml', version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    await stillServing('after-malformed');
  });

  test('a request cancelled while it waits is answered "cancelled" without running, and the server keeps serving', async () => {
    const uri = 'file:///virtual/cancel.review.yaml';
    await client.open(uri, validMinimal);
    await client.waitForDiagnostics(uri);
    // A large summary opened first keeps the server checking it for a while, so the request and
    // its cancellation both arrive while the request still waits in the queue: it must be answered
    // RequestCancelled, not computed.
    const busy = 'file:///virtual/busy.review.yaml';
    await client.open(busy, generateSummary({ recommendations: 1500 }));
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(
      'textDocument/completion',
      { textDocument: { uri }, position: { line: 0, character: 0 } },
      source.token,
    );
    source.cancel();
    const outcome = await pending.then(
      (result) => ({ result }),
      (error: { code?: number }) => ({ code: error.code }),
    );
    assert.deepEqual(outcome, { code: LSPErrorCodes.RequestCancelled });
    await client.close(busy);
    await client.close(uri);
    await stillServing('after-cancel');
  });

  test('a quick fix names the document version it was computed for', async () => {
    const uri = 'file:///virtual/versioned.review.yaml';
    const text = validMinimal.replace('  - number: 1', '  - numbr: 1');
    await client.open(uri, text, 1);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    // The user types a comment line at the top: version 5, every line one lower.
    await client.change(uri, 5, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# draft\n' }]);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 5);
    const unknown = diagnostics.find((d) => d.code === schemaRuleIds.unknownField)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: unknown.range,
      context: { diagnostics: [unknown] },
    });
    const rename = actions.find((a) => a.title.includes('`number`'))!;
    const change = rename.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 5 });
    // The edit is on the key where it is now, one line lower than in version 1.
    const line = text.split('\n').findIndex((l) => l.includes('numbr')) + 1;
    assert.deepEqual(change.edits[0].range, { start: { line, character: 4 }, end: { line, character: 9 } });
    await client.close(uri);
  });
});

describe('server over stdio: limits come from the settings', () => {
  test('a file over reviewSummaries.maxFileSize gets the YAML checks and a notice saying so', async () => {
    const client = new TestLspClient();
    client.settings = { validationDelay: 0, maxFileSize: 200, maxDiagnostics: 1000 };
    try {
      await client.initialize();
      const uri = 'file:///virtual/large.review.yaml';
      const text = validMinimal.replace('yearOfDeath: 2020', 'yearOfDeath: "2020"');
      assert.ok(text.length > 200);
      await client.open(uri, text);
      const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === checkRuleIds.fileTooLarge));
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        [checkRuleIds.fileTooLarge],
      );
      assert.equal(diagnostics[0].severity, 3);
      assert.match(String(diagnostics[0].message), /maxFileSize \(200\)/);
    } finally {
      await client.shutdown();
    }
  });
});
