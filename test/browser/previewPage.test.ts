// The preview's webview document in Chromium with a stub of the webview API: it renders, patches
// in place on update (scroll offset and nodes kept), shows the out-of-date banner, and syncs scroll
// both ways without echoing the editor's scroll back to it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createLanguageService } from '../../server/src/service/languageService';
import { launchChromium } from '../support/chromium';
import { examplesDir } from '../support/paths';
import { loadPage, previewDocument, updateMessage } from '../support/previewHarness';
import { recommendationsYaml, summaryText } from '../support/summaryText';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(async () => browser?.close());

const service = createLanguageService();
let version = 0;
const render = (text: string, uri = 'file:///w/long.review.yaml') => service.render({ uri, version: ++version, getText: () => text });

test('the preview of the seed example renders with its status strip, loads nothing and breaks no CSP rule', async () => {
  const text = readFileSync(join(examplesDir, 'uttlesford.review.yaml'), 'utf8');
  const loaded = await loadPage(browser, previewDocument(render(text, 'file:///w/uttlesford.review.yaml')), { stubVsCode: true });
  try {
    const { page } = loaded;
    assert.equal(await page.locator('#rs-root tbody tr').count(), 12);
    assert.equal(await page.locator('#rs-status').innerText(), 'No errors or warnings');
    assert.equal(await page.locator('#rs-banner').isHidden(), true);
    assert.deepEqual(loaded.blockedRequests, []);
    assert.deepEqual(loaded.errors, []);
    assert.deepEqual(await loaded.violations(), []);
    const state = await page.evaluate(() => (window as unknown as { __state: unknown }).__state);
    assert.deepEqual(state, { resource: 'file:///w/uttlesford.review.yaml', locked: false });
  } finally {
    await loaded.close();
  }
});

test('an update message patches the page in place and keeps the scroll offset', async () => {
  const first = render(summaryText({ recommendations: recommendationsYaml(60) }));
  const loaded = await loadPage(browser, previewDocument(first), { stubVsCode: true, viewport: { width: 900, height: 600 } });
  try {
    const { page } = loaded;
    await page.evaluate(() => window.scrollTo(0, 2000));
    await page.waitForFunction(() => window.scrollY === 2000);
    await page.evaluate(() => ((window as unknown as { __row: Element | null }).__row = document.querySelector('[data-src="rec-40"]')));
    const changed = summaryText({
      recommendations: recommendationsYaml(60).replace('Recommendation 41 asks', 'Recommendation 41 now firmly asks'),
    });
    await loaded.send(updateMessage(render(changed)));
    await page.waitForFunction(() => document.querySelector('[data-src="rec-40"]')?.textContent?.includes('now firmly asks'));
    const after = await page.evaluate(() => ({
      scrollY: window.scrollY,
      sameNode: (window as unknown as { __row: Element }).__row === document.querySelector('[data-src="rec-40"]'),
      connected: (window as unknown as { __row: Element }).__row.isConnected,
    }));
    assert.deepEqual(after, { scrollY: 2000, sameNode: true, connected: true });
    assert.deepEqual(loaded.errors, []);
  } finally {
    await loaded.close();
  }
});

test('an older update never replaces a newer one', async () => {
  const newer = render(summaryText({ title: 'Newer review' }));
  const loaded = await loadPage(browser, previewDocument(newer), { stubVsCode: true });
  try {
    const older = { ...updateMessage(newer), version: newer.version - 1, html: newer.page!.html.replace('Newer review', 'Older review') };
    await loaded.send(older);
    await loaded.send({ type: 'scrollToLine', line: 0 });
    await loaded.page.waitForTimeout(50);
    assert.equal(await loaded.page.locator('h1').innerText(), 'Newer review');
  } finally {
    await loaded.close();
  }
});

test('a file that stops parsing keeps the last good page under a banner that says why', async () => {
  const good = render(summaryText());
  const loaded = await loadPage(browser, previewDocument(good), { stubVsCode: true });
  try {
    const broken = render('title: "unclosed\nsummary: x\n');
    assert.ok(broken.outOfDate);
    await loaded.send({
      type: 'outOfDate',
      version: broken.version,
      reason: broken.outOfDate.reason,
      line: broken.outOfDate.range.start.line,
      character: broken.outOfDate.range.start.character,
    });
    const banner = loaded.page.locator('#rs-banner');
    await banner.waitFor({ state: 'visible' });
    assert.match(await banner.innerText(), /This page is out of date: the file does not parse/);
    assert.equal(await loaded.page.locator('h1').innerText(), 'Anytown review');
    await banner.locator('a').click();
    const posted = await loaded.posted();
    assert.deepEqual(posted.at(-1), {
      type: 'reveal',
      line: broken.outOfDate.range.start.line,
      character: broken.outOfDate.range.start.character,
      select: true,
    });
    await loaded.send(updateMessage(render(summaryText({ title: 'Fixed review' }))));
    await banner.waitFor({ state: 'hidden' });
    assert.equal(await loaded.page.locator('h1').innerText(), 'Fixed review');
  } finally {
    await loaded.close();
  }
});

test('a file that never parsed opens with the banner and no page', async () => {
  const loaded = await loadPage(browser, previewDocument(render('a: [\n')), { stubVsCode: true });
  try {
    assert.equal(await loaded.page.locator('#rs-banner').isVisible(), true);
    assert.match(await loaded.page.locator('#rs-root').innerText(), /Nothing to show yet/);
  } finally {
    await loaded.close();
  }
});

test('scroll sync: the editor moves the page without an echo; the user moving the page moves the editor', async () => {
  const result = render(summaryText({ recommendations: recommendationsYaml(60) }));
  const loaded = await loadPage(browser, previewDocument(result), { stubVsCode: true, viewport: { width: 900, height: 600 } });
  try {
    const { page } = loaded;
    const entry = result.page!.sourceMap.find((e) => e.key === 'rec-29')!;
    await loaded.send({ type: 'scrollToLine', line: entry.startLine });
    await page.waitForFunction(() => window.scrollY > 0);
    await page.waitForTimeout(200);
    const rowTop = await page.evaluate(() => document.querySelector('[data-src="rec-29"]')!.getBoundingClientRect().top);
    const stripBottom = await page.evaluate(() => document.getElementById('rs-top')!.getBoundingClientRect().bottom);
    assert.ok(
      Math.abs(rowTop - stripBottom) <= 2,
      `row 30 sits just under the status strip (row top ${rowTop}, strip bottom ${stripBottom})`,
    );
    assert.deepEqual(
      (await loaded.posted()).filter((m) => m.type === 'revealLine'),
      [],
      'no revealLine echoed back to the editor',
    );

    // The user scrolls (mouse wheel): the page tells the editor which line is at its top.
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 900);
    await page.waitForFunction(() =>
      ((window as unknown as { __posted: Array<{ type: string }> }).__posted ?? []).some((m) => m.type === 'revealLine'),
    );
    const reveal = (await loaded.posted()).filter((m) => m.type === 'revealLine').at(-1) as { line: number };
    assert.ok(reveal.line > entry.startLine, `the editor is asked to move further down (line ${reveal.line} > ${entry.startLine})`);
  } finally {
    await loaded.close();
  }
});

test('double-clicking a row reveals its source; links and status entries post their messages', async () => {
  const result = render(
    summaryText({
      title: '"Title: x"',
      header: ['csp: Anytown', 'published: 2024-03', 'yearOfDeath: 2021', 'source:', '  url: https://example.org/r.pdf'].join('\n'),
    }).replace('title: "Title: x"', 'title: x\nsurplus: 1'),
  );
  const loaded = await loadPage(browser, previewDocument(result), { stubVsCode: true });
  try {
    const { page } = loaded;
    const row = result.page!.sourceMap.find((e) => e.key === 'rec-1')!;
    await page.locator('[data-src="rec-1"] td.rs-num').dblclick();
    assert.deepEqual((await loaded.posted()).at(-1), { type: 'reveal', line: row.startLine, character: 0, select: false });
    await page.locator('.rs-report a').click();
    assert.deepEqual((await loaded.posted()).at(-1), { type: 'openLink', href: 'https://example.org/r.pdf' });
    assert.equal(page.url(), 'https://preview.test/index.html', 'the webview did not navigate');
    const problem = result.page!.findings.find((f) => f.severity === 'error' || f.severity === 'warning')!;
    await page.locator('#rs-status a').first().click();
    assert.deepEqual((await loaded.posted()).at(-1), {
      type: 'reveal',
      line: problem.range.start.line,
      character: problem.range.start.character,
      select: true,
    });
    assert.match(await page.locator('#rs-status .rs-count-error').innerText(), /^\d+ errors?$/);
  } finally {
    await loaded.close();
  }
});

test('messages that are not exactly the expected shape are ignored', async () => {
  const result = render(summaryText());
  const loaded = await loadPage(browser, previewDocument(result), { stubVsCode: true });
  try {
    const { page } = loaded;
    for (const bad of [
      { type: 'update', version: 99, html: '<h1>x</h1>' },
      { type: 'eval', code: 'x' },
      { type: 'scrollToLine', line: 'far' },
      { type: 'update', version: 99, html: '', statusHtml: '', sourceMap: [], title: 't', extra: 1 },
      'update',
      null,
    ]) {
      await page.evaluate((m) => window.postMessage(m, '*'), bad as never);
    }
    await page.waitForTimeout(50);
    assert.equal(await page.locator('h1').innerText(), 'Anytown review');
    assert.deepEqual(loaded.errors, []);
  } finally {
    await loaded.close();
  }
});
