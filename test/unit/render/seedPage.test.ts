// The seed example's page must carry every fact of the published page it was made from
// (../shared/seed/uttlesford-summary-page.txt), with the seed's two defects fixed: numeric order,
// and the EPUT row's two agencies as two items of one cell.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/service/languageService';
import { examplesDir, readSharedFile, skipUnlessShared } from '../../support/paths';
import { rowsOf, textOf } from '../../support/pageText';

const seed = readSharedFile('seed', 'uttlesford-summary-page.txt') ?? '';
const needsSeed = skipUnlessShared(readSharedFile('seed', 'uttlesford-summary-page.txt'), '../shared/seed/uttlesford-summary-page.txt');
const text = readFileSync(join(examplesDir, 'uttlesford.review.yaml'), 'utf8');

// Where the example file names an agency more exactly than the web page did (its comments say so).
const renamed: Record<string, string> = {
  EPUT: 'Essex Partnership University NHS Foundation Trust',
  'Essex Safeguarding Board': 'Essex Safeguarding Adults Board',
  'All agencies in this review': 'All agencies involved in this review',
  "EPUT's commissioners": 'Commissioners of Essex Partnership University NHS Foundation Trust',
};

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Compares recommendation texts without the seed's stray " - " and missing spaces around "(a)". */
const words = (s: string) => s.replace(/\s*-\s*(?=\(a\))/g, '').replace(/\s+/g, '');

function seedTable() {
  const lines = seed.split('\n');
  const rows = lines
    .filter((l) => /^\| \d+ \|/.test(l))
    .map((l) => {
      const cells = l.replace(/^\| | \|$/g, '').split(' | ');
      return { number: cells[0], text: cells[1], agencies: cells.slice(2) };
    });
  const facts = lines
    .filter((l) => l.trim() && !/^\| (#|\d+|---)/.test(l) && !l.startsWith('|---'))
    .map((l) => collapse(l.replace(/^\| | \| \|\|$/g, '')));
  return { rows, facts };
}

const service = createLanguageService();
const result = service.render({ uri: 'file:///examples/uttlesford.review.yaml', version: 1, getText: () => text });
const page = result.page!;

test('the example renders, with no problems listed', () => {
  assert.equal(result.outOfDate, undefined);
  assert.ok(page, 'a page');
  assert.equal(page.errors, 0);
  assert.equal(page.warnings, 0);
  assert.match(page.statusHtml, /No errors or warnings/);
});

test('every line of the seed page outside the table is on the page', needsSeed, () => {
  const pageText = textOf(page.html);
  const { facts } = seedTable();
  assert.ok(facts.length >= 12, `read ${facts.length} fact lines from the seed`);
  for (const fact of facts) assert.ok(pageText.includes(fact), `page lacks: ${fact}`);
});

test('recommendations 1..12 in numeric order, each with the seed text', needsSeed, () => {
  const rows = rowsOf(page.html);
  assert.deepEqual(
    rows.map((r) => r.number),
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
  );
  for (const seedRow of seedTable().rows) {
    const row = rows.find((r) => r.number === seedRow.number)!;
    assert.equal(words(row.text), words(seedRow.text), `recommendation ${seedRow.number}`);
  }
});

test('each row names the seed agencies, one list item each, in one cell', needsSeed, () => {
  const rows = rowsOf(page.html);
  for (const seedRow of seedTable().rows) {
    const row = rows.find((r) => r.number === seedRow.number)!;
    assert.equal(row.agencies.length, seedRow.agencies.length, `recommendation ${seedRow.number}: ${row.agencies.join(' / ')}`);
    seedRow.agencies.forEach((agency, i) => {
      const expected = renamed[agency] ?? agency;
      assert.ok(row.agencies[i].startsWith(expected), `recommendation ${seedRow.number}: "${row.agencies[i]}" is not "${expected}"`);
    });
  }
  const eput = rows.find((r) => r.number === '2')!;
  assert.equal((eput.html.match(/<td\b/g) ?? []).length, 3, 'the EPUT row has three cells, not a broken table');
  assert.match(
    eput.html,
    /<ul class="rs-agencies"><li[^>]*>Essex Partnership University NHS Foundation Trust.*<\/li><li[^>]*>Essex Adult Social Care<\/li><\/ul>/,
  );
});

test('lettered parts are a list under their recommendation', () => {
  const three = rowsOf(page.html).find((r) => r.number === '3')!;
  const labels = [...three.html.matchAll(/<span class="rs-part-label">\(([a-z])\)<\/span>/g)].map((m) => m[1]);
  assert.deepEqual(labels, ['a', 'b', 'c', 'd', 'e', 'f']);
});

test('the source map places every row on its lines of the file', () => {
  const lines = text.split('\n');
  const rows = page.sourceMap.filter((e) => /^rec-\d+$/.test(e.key));
  assert.equal(rows.length, 12);
  for (const [i, entry] of rows.entries()) {
    assert.ok(entry.block);
    assert.match(lines[entry.startLine], new RegExp(`number: ${i + 1}$`), `rec-${i} starts on its "number:" line`);
    assert.ok(entry.endLine >= entry.startLine);
  }
});
