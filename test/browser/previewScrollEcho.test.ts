// The preview page tells its own scrolls (the editor asked) from the user's by where the page
// went, not by counting events: the browser fires one scroll event for several scrollTo calls in a
// frame and none for a scrollTo that cannot move, and a count then swallowed the user's next scroll.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createLanguageService } from '../../server/src/service/languageService';
import { launchChromium } from '../support/chromium';
import { loadPage, previewDocument, type LoadedPage } from '../support/previewHarness';
import { recommendationsYaml, summaryText } from '../support/summaryText';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(async () => browser?.close());

const service = createLanguageService();
const result = service.render({
  uri: 'file:///w/long.review.yaml',
  version: 1,
  getText: () => summaryText({ recommendations: recommendationsYaml(30) }),
});
const lastLine = Math.max(...result.page!.sourceMap.map((e) => e.endLine));

const revealLines = async (loaded: LoadedPage) => (await loaded.posted()).filter((m) => m.type === 'revealLine');
const scrollEventsSeen = (loaded: LoadedPage) => loaded.page.evaluate(() => (window as unknown as { __scrolls: number }).__scrolls);

async function openAtEnd(): Promise<LoadedPage> {
  const loaded = await loadPage(browser, previewDocument(result), { stubVsCode: true, viewport: { width: 900, height: 600 } });
  await loaded.page.evaluate(() => {
    const w = window as unknown as { __scrolls: number };
    w.__scrolls = 0;
    window.addEventListener('scroll', () => w.__scrolls++);
  });
  // The editor goes to the last line: the page scrolls to its end (ours, not echoed).
  await loaded.send({ type: 'scrollToLine', line: lastLine });
  await loaded.page.waitForFunction(
    () => window.scrollY > 0 && window.scrollY === document.documentElement.scrollHeight - window.innerHeight,
  );
  await loaded.page.waitForFunction(() => (window as unknown as { __scrolls: number }).__scrolls >= 1);
  return loaded;
}

/** The user scrolls to the top in one step (as the Home key does): the editor must be told. */
async function userScrollToTop(loaded: LoadedPage): Promise<void> {
  const seen = await scrollEventsSeen(loaded);
  await loaded.page.evaluate(() => window.scrollTo(0, 0));
  await loaded.page.waitForFunction((n) => (window as unknown as { __scrolls: number }).__scrolls > n, seen);
  await loaded.page.waitForFunction(
    () => ((window as unknown as { __posted: Array<{ type: string }> }).__posted ?? []).some((m) => m.type === 'revealLine'),
    undefined,
    { timeout: 2000 },
  );
  const reveals = await revealLines(loaded);
  assert.equal(reveals.length, 1, "one revealLine, for the user's scroll");
  assert.ok((reveals[0] as { line: number }).line < 5, `the editor is sent to the top (line ${(reveals[0] as { line: number }).line})`);
}

test("the editor asking for a line below the end of a page already at its end does not swallow the user's next scroll", async () => {
  const loaded = await openAtEnd();
  try {
    await loaded.send({ type: 'scrollToLine', line: lastLine - 1 }); // cannot move: no scroll event
    assert.deepEqual(await revealLines(loaded), [], "no echo of the editor's scroll");
    await userScrollToTop(loaded);
  } finally {
    await loaded.close();
  }
});

test("several editor scrolls within one frame do not swallow the user's next scroll", async () => {
  const loaded = await openAtEnd();
  try {
    await loaded.page.evaluate(() => {
      for (const line of [2, 6, 10]) window.postMessage({ type: 'scrollToLine', line }, '*');
    });
    await loaded.page.waitForFunction(() => window.scrollY < 600);
    const seen = await scrollEventsSeen(loaded);
    await loaded.page.waitForFunction((n) => (window as unknown as { __scrolls: number }).__scrolls >= n, seen);
    assert.deepEqual(await revealLines(loaded), [], "no echo of the editor's scrolls");
    await userScrollToTop(loaded);
  } finally {
    await loaded.close();
  }
});
