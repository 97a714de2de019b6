// The exported page in Chromium: it renders the seed example fully, runs nothing, loads nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createLanguageService } from '../../server/src/service/languageService';
import { launchChromium } from '../support/chromium';
import { examplesDir } from '../support/paths';
import { loadPage } from '../support/previewHarness';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(async () => browser?.close());

const text = readFileSync(join(examplesDir, 'uttlesford.review.yaml'), 'utf8');

test('the exported seed page renders its table: 12 rows in order, 3 cells each, EPUT row with two agencies', async () => {
  const exported = createLanguageService().exportPage({ uri: 'file:///uttlesford.review.yaml', version: 1, getText: () => text });
  assert.ok(exported.html);
  const loaded = await loadPage(browser, exported.html);
  try {
    const { page } = loaded;
    assert.equal(await page.title(), 'Uttlesford review');
    const rows = await page.$$eval('tbody tr', (trs) =>
      trs.map((tr) => ({
        cells: tr.querySelectorAll(':scope > td').length,
        number: tr.querySelector('td')?.textContent,
        agencies: [...tr.querySelectorAll('td:last-child li')].map((li) => li.textContent),
      })),
    );
    assert.deepEqual(
      rows.map((r) => r.number),
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
    );
    assert.ok(rows.every((r) => r.cells === 3));
    assert.equal(rows[1].agencies.length, 2);
    assert.equal(await page.$$eval('script', (s) => s.length), 0);
    const body = await page.innerText('body');
    for (const fact of [
      'Published: August 2023',
      'Year of death: 2020',
      'Extracted: 12 recs',
      'Victim and perpetrator names are not included',
    ])
      assert.ok(body.includes(fact), fact);
    const link = await page.$eval('a.rs-external', (a) => ({
      href: (a as HTMLAnchorElement).href,
      target: (a as HTMLAnchorElement).target,
      rel: (a as HTMLAnchorElement).rel,
    }));
    assert.deepEqual(link, {
      href: 'https://example.org/uttlesford-dhr-overview-report.pdf',
      target: '_blank',
      rel: 'noopener noreferrer external',
    });
    // The light publishing theme: dark text on white, whatever the viewer's colour scheme.
    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      fg: getComputedStyle(document.querySelector('.rs-page')!).color,
    }));
    assert.deepEqual(colours, { bg: 'rgb(255, 255, 255)', fg: 'rgb(27, 27, 27)' });
    assert.deepEqual(loaded.blockedRequests, []);
    assert.deepEqual(loaded.errors, []);
    assert.deepEqual(await loaded.violations(), []);
  } finally {
    await loaded.close();
  }
});
