// The language server dies (killed, as a crash or the OS would end it) and the editor recovers: the
// client starts a new server process, hands it the open documents, and diagnostics come back, for
// the text as it is now, including an edit typed after the crash. Runs last: it replaces the server
// every later test would talk to.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReviewSummariesApi } from '../../../client/src/api/index';
import { codeOf, describeDiagnostics, diagnosticsTimeoutMs, waitForDiagnostics } from './support/diagnostics';
import { extensionUnderTest, openExample, rangeOf, revert } from './support/extension';

async function extensionApi(): Promise<ReviewSummariesApi> {
  const api = (await extensionUnderTest().activate()) as ReviewSummariesApi | undefined;
  if (typeof api?.serverInfo !== 'function') throw new Error('the extension does not return its API (serverInfo) from activate()');
  return api;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Asks until a server other than `deadPid` answers. A request that reaches the client before it has
 * noticed the crash goes to the dead connection and is rejected when the client closes it; later
 * ones wait for the new server's start inside `sendRequest`, so each retry is an answer or an error,
 * and the pause between retries only keeps the loop from spinning on those rejections.
 */
async function newServerPid(api: ReviewSummariesApi, deadPid: number, timeoutMs = diagnosticsTimeoutMs): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let lastOutcome = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const { pid } = await withTimeout(api.serverInfo(), Math.max(deadline - Date.now(), 1), 'the server info');
      if (pid !== undefined && pid !== deadPid) return pid;
      lastOutcome = `the killed server (pid ${pid}) still answered`;
    } catch (error) {
      lastOutcome = `the request failed: ${(error as Error).message}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no new language server answered within ${timeoutMs} ms (${lastOutcome})`);
}

describe('server restart', () => {
  after(async () => {
    // The client tells the user in a notification that the server restarted; later page checks look at the window.
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('after the server process is killed, a new one starts and diagnostics return, also for an edit typed after the crash', async () => {
    const { document } = await openExample('mistakes.review.yaml');
    const uri = document.uri;
    const unknownKey = rangeOf(document, 'numbr');
    const hasUnknownKey = (list: readonly vscode.Diagnostic[]) =>
      list.some((d) => codeOf(d) === 'schema/unknown-field' && d.range.isEqual(unknownKey));
    await waitForDiagnostics(uri, hasUnknownKey, 'the unknown field `numbr` before the crash');

    const api = await extensionApi();
    const { pid: killedPid } = await api.serverInfo();
    assert.ok(killedPid !== undefined, 'the server reports its process id (a Node server; the web suite leaves this test out)');
    assert.notEqual(killedPid, process.pid, 'the server is its own process, not the extension host');

    try {
      process.kill(killedPid, 'SIGKILL');

      // Typed straight after the crash, while the client is still finding out: the new server must see it.
      const addedField = 'addedAfterCrash';
      const end = document.positionAt(document.getText().length);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, end, `${addedField}: 1\n`);
      assert.ok(await vscode.workspace.applyEdit(edit), 'the edit after the crash applies');
      const addedKey = rangeOf(document, addedField);
      const hasAddedKey = (list: readonly vscode.Diagnostic[]) =>
        list.some((d) => codeOf(d) === 'schema/unknown-field' && d.range.isEqual(addedKey));

      const newPid = await newServerPid(api, killedPid);
      assert.notEqual(newPid, killedPid);
      assert.equal(isAlive(killedPid), false, `the killed server (pid ${killedPid}) is gone`);
      assert.equal(isAlive(newPid), true, `the new server (pid ${newPid}) runs`);

      const restored = await waitForDiagnostics(
        uri,
        (list) => hasUnknownKey(list) && hasAddedKey(list),
        'both unknown fields from the new server: `numbr` and the one added after the crash',
      );
      assert.equal(
        restored.filter((d) => codeOf(d) === 'schema/unknown-field').length,
        2,
        `exactly the two unknown fields:\n  ${describeDiagnostics(restored)}`,
      );

      // The new server follows further edits: taking the field out again clears its diagnostic.
      const removal = new vscode.WorkspaceEdit();
      removal.delete(uri, new vscode.Range(addedKey.start, document.positionAt(document.getText().length)));
      assert.ok(await vscode.workspace.applyEdit(removal), 'the removal applies');
      await waitForDiagnostics(
        uri,
        (list) => hasUnknownKey(list) && !hasAddedKey(list),
        'the added field’s diagnostic to go, `numbr` staying',
      );
      assert.equal((await api.serverInfo()).pid, newPid, 'the same new server still answers');
    } finally {
      await revert(document);
    }
  });
});
