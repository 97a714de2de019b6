// The preview's parts that need no VS Code: message validation, the throttle, the webview document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFromWebview, isPreviewState, isToWebview } from '../../../common/protocol/previewMessages';
import { contentSecurityPolicy, createNonce, previewShellHtml } from '../../../client/src/preview/previewShell';
import { Throttle } from '../../../client/src/preview/throttle';

test('messages from the webview must have exactly the expected shape', () => {
  assert.ok(isFromWebview({ type: 'revealLine', line: 3.5 }));
  assert.ok(isFromWebview({ type: 'reveal', line: 3, character: 0, select: true }));
  assert.ok(isFromWebview({ type: 'openLink', href: 'https://example.org' }));
  for (const bad of [
    null,
    'revealLine',
    {},
    { type: 'revealLine' },
    { type: 'revealLine', line: -1 },
    { type: 'revealLine', line: Infinity },
    { type: 'revealLine', line: '3' },
    { type: 'revealLine', line: 3, extra: 1 },
    { type: 'runCommand', command: 'x' },
    { type: 'toString' },
    { type: 'reveal', line: 1, character: 1 },
  ]) {
    assert.equal(isFromWebview(bad), false, JSON.stringify(bad));
  }
});

test('messages to the webview are checked the same way', () => {
  assert.ok(
    isToWebview({
      type: 'update',
      version: 2,
      html: '<article></article>',
      statusHtml: '',
      sourceMap: [{ key: 'title', start: 0, end: 5, startLine: 0, endLine: 0, block: true }],
      title: 't',
    }),
  );
  assert.equal(isToWebview({ type: 'update', version: 2, html: 'x', statusHtml: '', sourceMap: [{ key: 'title' }], title: 't' }), false);
  assert.ok(isToWebview({ type: 'scrollToLine', line: 0 }));
  assert.equal(isToWebview({ type: 'scrollToLine', line: NaN }), false);
});

test('a revived state must name a resource and a lock', () => {
  assert.ok(isPreviewState({ resource: 'file:///a.review.yaml', locked: false }));
  assert.ok(isPreviewState({ resource: 'file:///a.review.yaml', locked: true, line: 4 }));
  assert.equal(isPreviewState({ resource: 'file:///a.review.yaml' }), false);
  assert.equal(isPreviewState(undefined), false);
});

test('the webview document: CSP default-src none, nonce on script and style, settings escaped', () => {
  const nonce = createNonce();
  assert.match(nonce, /^[A-Za-z0-9]{32}$/);
  assert.notEqual(nonce, createNonce());
  const html = previewShellHtml({
    cspSource: 'https://webview.test',
    nonce,
    scriptUri: 'https://webview.test/media/preview.js',
    styleUri: 'https://webview.test/media/preview.css',
    title: '</title><script>x</script>',
    pageHtml: '<article class="rs-page"></article>',
    statusHtml: '',
    settings: { resource: 'file:///"><script>.review.yaml', locked: false, version: 1, sourceMap: [] },
  });
  assert.ok(html.includes(`content="${contentSecurityPolicy('https://webview.test', nonce).replace(/'/g, '&#39;')}"`));
  assert.match(
    contentSecurityPolicy('x', nonce),
    /^default-src 'none'; style-src x 'nonce-[A-Za-z0-9]{32}'; script-src 'nonce-[A-Za-z0-9]{32}';/,
  );
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.match(html, new RegExp(`<script nonce="${nonce}" src="https://webview.test/media/preview.js"></script>`));
  assert.ok(
    html.includes('data-settings="{&quot;resource&quot;:&quot;file:///\\&quot;&gt;&lt;script&gt;.review.yaml&quot;'),
    'the settings JSON is escaped into its attribute',
  );
});

test('the throttle runs a burst once, soon, and never twice at the same time', async () => {
  let now = 0;
  const runs: number[] = [];
  let release: () => void = () => undefined;
  const throttle = new Throttle(
    300,
    () =>
      new Promise<void>((resolve) => {
        runs.push(now);
        release = resolve;
      }),
    () => now,
  );
  throttle.trigger();
  throttle.trigger();
  await new Promise((r) => setTimeout(r, 5));
  assert.deepEqual(runs, [0], 'the first call of a quiet period runs at once');
  throttle.trigger(); // while running: queued
  now = 100;
  release();
  await new Promise((r) => setTimeout(r, 5));
  // The queued run waits for the rest of the interval: 300 ms after the first run began.
  assert.deepEqual(runs, [0]);
  await new Promise((r) => setTimeout(r, 260));
  assert.deepEqual(runs, [0, 100], 'the call made during the run ran once, after the interval');
  release();
  throttle.dispose();
});
