// Only in the browser builds of the suite (web.ts): the extension under test runs its `browser`
// entry, and its server is a web worker, not a Node process (which would report a process id).
import * as assert from 'node:assert/strict';
import type { ReviewSummariesApi } from '../../../client/src/api/index';
import { extensionUnderTest, openExample } from './support/extension';

describe('the browser entry', () => {
  it('runs in this (browser) extension host, and its language server is a web worker', async () => {
    const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
    assert.equal(node, undefined, `this extension host is Node ${node}, not a browser's`);
    await openExample('uttlesford.review.yaml');
    const api = (await extensionUnderTest().activate()) as ReviewSummariesApi | undefined;
    assert.ok(api?.serverInfo, 'the extension hands its API to this extension host, so it runs here');
    const { pid } = await api.serverInfo();
    assert.equal(pid, undefined, `the server reports a process id (${pid}): it is a Node process, not the browser entry's web worker`);
  });
});
