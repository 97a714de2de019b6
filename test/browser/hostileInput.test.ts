// Hostile summaries in Chromium, in the exported page and in the preview (on first load and after a
// live update): nothing runs, nothing loads, no link but https, and the table keeps its shape.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createLanguageService } from '../../server/src/service/languageService';
import { launchChromium } from '../support/chromium';
import { loadPage, previewDocument, updateMessage } from '../support/previewHarness';
import { summaryText } from '../support/summaryText';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(async () => browser?.close());

const payloads = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '<a href="javascript:window.__pwned=\'link\'">click</a>',
  '</td></tr></tbody></table><p>outside</p>',
  '| A | B |',
  '<style>body { display: none }</style>',
  '<iframe src="https://evil.example/"></iframe>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
];
const longWord = 'Supercalifragilistic'.repeat(200);
const rtl = 'مراجعة جريمة القتل المنزلي והמלצות הסוכנות';
const yamlString = (s: string) => JSON.stringify(s);

function hostileSummary(url: string): string {
  const all = [...payloads, longWord, rtl].join(' ');
  return summaryText({
    title: yamlString(`Review ${payloads[0]} ${rtl}`),
    header: [
      'csp: ' + yamlString(payloads[1]),
      'published: 2024-03',
      'yearOfDeath: 2021',
      'source:',
      `  url: ${yamlString(url)}`,
      `  publisher: ${yamlString(payloads[3])}`,
    ].join('\n'),
    summary: yamlString(all),
    recommendations: payloads
      .concat(longWord, rtl)
      .map((p, i) =>
        [
          `  - number: ${i + 1}`,
          `    text: ${yamlString(p + ' ' + longWord.slice(0, 40))}`,
          '    parts:',
          `      - label: a`,
          `        text: ${yamlString(p)}`,
          '    addressedTo:',
          `      - ${yamlString(p)}`,
          `      - ${yamlString(rtl)}`,
        ].join('\n'),
      )
      .join('\n'),
  });
}

const hostileUrls = [
  'javascript:window.__pwned="url"',
  'data:text/html,<script>window.__pwned="data"</script>',
  'https://example.org/report.pdf" onmouseover="window.__pwned=1',
];
const service = createLanguageService();
let version = 0;

async function assertSafe(page: Page, rows: number, blocked: string[], errors: string[], label: string): Promise<void> {
  // Hover and click everything clickable: no handler may exist to fire.
  for (const link of await page.locator('a').all()) await link.hover().catch(() => undefined);
  const facts = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    scripts: [...document.scripts].filter((s) => !s.src.endsWith('/media/preview.js')).length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    foreign: document.querySelectorAll(
      '#rs-root img, #rs-root svg, #rs-root iframe, #rs-root style, #rs-root link, body > img, body > iframe, .rs-page img, .rs-page iframe',
    ).length,
    hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => h !== '#'),
    rowCells: [...document.querySelectorAll('.rs-table > tbody > tr')].map((tr) => tr.querySelectorAll(':scope > td').length),
    tables: document.querySelectorAll('table').length,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    hidden: getComputedStyle(document.body).display,
  }));
  assert.equal(facts.pwned, undefined, `${label}: no script ran`);
  assert.equal(facts.scripts, 0, `${label}: no script element from the content`);
  assert.equal(facts.handlers, 0, `${label}: no event handler attribute`);
  assert.equal(facts.foreign, 0, `${label}: no element from the content`);
  assert.ok(
    facts.hrefs.every((h) => h.startsWith('https://')),
    `${label}: https links only: ${facts.hrefs.join(', ')}`,
  );
  assert.equal(facts.tables, 1, `${label}: one table`);
  assert.deepEqual(facts.rowCells, Array(rows).fill(3), `${label}: every row has its three cells`);
  assert.ok(facts.overflow <= 0, `${label}: long words wrap (overflow ${facts.overflow}px)`);
  assert.notEqual(facts.hidden, 'none', `${label}: content styles do not apply`);
  assert.deepEqual(blocked, [], `${label}: nothing loaded from the network`);
  assert.deepEqual(errors, [], `${label}: no errors`);
}

for (const url of hostileUrls) {
  test(`exported page, report link ${JSON.stringify(url.slice(0, 24))}: nothing runs, the table holds`, async () => {
    const exported = service.exportPage(
      { uri: 'file:///h.review.yaml', version: ++version, getText: () => hostileSummary(url) },
      { force: true },
    );
    assert.ok(exported.html);
    const loaded = await loadPage(browser, exported.html, { viewport: { width: 800, height: 600 } });
    try {
      await assertSafe(loaded.page, payloads.length + 2, loaded.blockedRequests, loaded.errors, 'export');
      assert.equal(loaded.dialogs.length, 0);
      const title = await loaded.page.locator('h1').innerText();
      assert.ok(title.includes('<script>window.__pwned = "script"</script>'), 'the text is shown as text');
      const agencies = await loaded.page.locator('tbody tr').nth(5).locator('td').nth(2).locator('li').allInnerTexts();
      assert.deepEqual(agencies, ['| A | B |', rtl], 'a "|" stays inside its agency');
    } finally {
      await loaded.close();
    }
  });
}

test('preview: hostile content on first load and in a live update runs nothing', async () => {
  const uri = 'file:///h2.review.yaml';
  const first = service.render({ uri, version: ++version, getText: () => hostileSummary(hostileUrls[0]) });
  const loaded = await loadPage(browser, previewDocument(first), { stubVsCode: true, viewport: { width: 800, height: 600 } });
  try {
    await assertSafe(loaded.page, payloads.length + 2, loaded.blockedRequests, loaded.errors, 'preview');
    const second = service.render({
      uri,
      version: ++version,
      getText: () => hostileSummary(hostileUrls[1]).replace('Review <script>', 'Changed <script>'),
    });
    await loaded.send(updateMessage(second));
    await loaded.page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Changed'));
    await assertSafe(loaded.page, payloads.length + 2, loaded.blockedRequests, loaded.errors, 'preview after update');
    assert.deepEqual(await loaded.violations(), [], 'the CSP had nothing to block: the content never even tried');
    assert.equal(loaded.dialogs.length, 0);
  } finally {
    await loaded.close();
  }
});

test('right-to-left text keeps its direction without turning the table around', async () => {
  const text = summaryText({
    recommendations: `  - number: 1\n    text: ${yamlString(rtl)}\n    addressedTo:\n      - ${yamlString(rtl)}`,
  });
  const exported = service.exportPage({ uri: 'file:///rtl.review.yaml', version: ++version, getText: () => text });
  const loaded = await loadPage(browser, exported.html!, { viewport: { width: 800, height: 600 } });
  try {
    const layout = await loaded.page.evaluate(() => {
      const cells = [...document.querySelectorAll('tbody tr:first-child > td')].map((td) => td.getBoundingClientRect().left);
      const p = document.querySelector('tbody td.rs-text p')!;
      return { ascending: cells.every((x, i) => i === 0 || x > cells[i - 1]), direction: getComputedStyle(p).unicodeBidi };
    });
    assert.deepEqual(layout, { ascending: true, direction: 'plaintext' });
  } finally {
    await loaded.close();
  }
});
