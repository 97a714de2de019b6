import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../../server/src/service/languageService';
import { applyEdits } from '../../../../server/src/service/edit/applyEdits';
import type { Fix } from '../../../../server/src/service/types';
import { fixturesDir } from '../../../support/paths';
import { numberRuleIds } from '../../../../server/src/service/rules/numbering/numberRules';

const fixesDir = join(fixturesDir, 'fixes');

/**
 * Each case applies one quick fix to `<name>.input.yaml` and compares the result with
 * `<name>.expected.yaml`, byte for byte; then again with every line break made CRLF. After a
 * fix, the file has no numbering diagnostics left (and no new diagnostics of any kind).
 * REVIEW_SUMMARIES_WRITE_EXPECTED=1 writes the expected files (to be read before committing).
 */
const cases: Array<{ name: string; fix: string }> = [
  { name: 'sort-text-order', fix: 'Sort recommendations by number' },
  { name: 'sort-and-renumber', fix: 'Sort recommendations by number, then renumber them 1..N' },
  { name: 'sort-flow-list', fix: 'Sort recommendations by number' },
  { name: 'sort-last-item-without-newline', fix: 'Sort recommendations by number' },
  { name: 'sort-zero-indent', fix: 'Sort recommendations by number' },
  { name: 'renumber-mixed', fix: 'Renumber recommendations 1..N in file order' },
  { name: 'relabel-parts', fix: 'Relabel parts a, b, c...' },
  { name: 'write-number-plainly', fix: 'Write 2' },
];

function applyFix(text: string, title: string): { output: string; fix: Fix } {
  const service = createLanguageService();
  const document = { uri: 'file:///fixes/input.review.yaml', version: 1, getText: () => text };
  const offered = service.findings(document).flatMap((finding) => service.fixes(document, finding));
  const fix = offered.find((candidate) => candidate.title === title);
  assert.ok(fix, `no fix titled "${title}"; offered: ${offered.map((f) => f.title).join(', ')}`);
  return { output: applyEdits(text, fix.edits), fix };
}

function rulesIn(text: string): string[] {
  const service = createLanguageService();
  return service.findings({ uri: 'file:///fixes/output.review.yaml', version: 1, getText: () => text }).map((finding) => finding.rule);
}

describe('quick fixes on numbering, applied and compared with expected files', () => {
  for (const { name, fix } of cases) {
    const input = readFileSync(join(fixesDir, `${name}.input.yaml`), 'utf8');
    const expectedPath = join(fixesDir, `${name}.expected.yaml`);
    if (process.env.REVIEW_SUMMARIES_WRITE_EXPECTED) writeFileSync(expectedPath, applyFix(input, fix).output);
    const expected = readFileSync(expectedPath, 'utf8');

    test(`${name}: "${fix}"`, () => {
      const { output } = applyFix(input, fix);
      assert.equal(output, expected);
      const before = new Set(rulesIn(input));
      const after = rulesIn(output);
      assert.deepEqual(
        after.filter((rule) => rule.startsWith('numbering/')),
        [],
        'no numbering diagnostics after the fix',
      );
      assert.deepEqual(
        after.filter((rule) => !before.has(rule)),
        [],
        'the fix introduces no new kind of diagnostic',
      );
    });

    test(`${name}: the same with CRLF line breaks`, () => {
      const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
      const { output } = applyFix(crlf(input), fix);
      assert.equal(output, crlf(expected));
    });
  }

  test('edits are minimal: a renumber touches only the numbers', () => {
    const input = readFileSync(join(fixesDir, 'renumber-mixed.input.yaml'), 'utf8');
    const { fix } = applyFix(input, 'Renumber recommendations 1..N in file order');
    for (const edit of fix.edits) {
      assert.match(
        input.slice(edit.start, edit.end),
        /^(|[0-9]+|"4")$/,
        `edit replaced ${JSON.stringify(input.slice(edit.start, edit.end))}`,
      );
      assert.match(edit.newText, /^( ?[0-9]+|number: [0-9]+(\n {4}|, ))$/, `edit wrote ${JSON.stringify(edit.newText)}`);
    }
  });

  test('a sort leaves items that are already in place untouched', () => {
    const input = readFileSync(join(fixesDir, 'sort-text-order.input.yaml'), 'utf8');
    const { fix } = applyFix(input, 'Sort recommendations by number');
    const firstItem = input.indexOf('  # About recommendation 1.');
    const lastItemEnd = input.indexOf('# A comment after the list');
    for (const edit of fix.edits) {
      assert.ok(edit.start > input.indexOf('- number: 1\n'), 'recommendation 1 (already first) is not rewritten');
      assert.ok(edit.start >= firstItem && edit.end < lastItemEnd, 'nothing outside the list is touched');
    }
  });

  test('the seed page as typed on the web sorts into the published example', () => {
    const example = readFileSync(join(fixturesDir, '..', '..', 'examples', 'uttlesford.review.yaml'), 'utf8');
    const [head, list] = example.split('recommendations:\n');
    const items = list.split(/(?=^ {2}- number: )/m);
    const webOrder = [1, 10, 11, 12, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => items[n - 1]);
    const typed = `${head}recommendations:\n${webOrder.join('')}`;
    assert.deepEqual([...new Set(rulesIn(typed))], [numberRuleIds.outOfOrder]);
    assert.equal(applyFix(typed, 'Sort recommendations by number').output, example);
  });
});
