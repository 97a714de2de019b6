// The page names agencies as the catalogue does: canonical name, abbreviation where there is one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/service/languageService';
import { examplesDir } from '../../support/paths';
import { rowsOf } from '../../support/pageText';
import { summaryText } from '../../support/summaryText';

const render = (text: string) => createLanguageService().render({ uri: 'file:///c.review.yaml', version: 1, getText: () => text }).page!;

test('the seed example shows canonical names with the catalogue abbreviations', () => {
  const rows = rowsOf(render(readFileSync(join(examplesDir, 'uttlesford.review.yaml'), 'utf8')).html);
  const eput = rows[1].agencies;
  assert.equal(eput.length, 2);
  assert.match(eput[0], /^Essex Partnership University NHS Foundation Trust \(EPUT\)$/);
  assert.match(rows[0].agencies[0], /^Essex Safeguarding Adults Board( \(ESAB\))?$/);
});

test('an abbreviation as written is shown as the canonical name with that abbreviation', () => {
  const text = summaryText({
    recommendations: '  - number: 1\n    text: Act.\n    addressedTo:\n      - EPUT\n      - An Agency Nobody Knows',
  });
  const [row] = rowsOf(render(text).html);
  assert.deepEqual(row.agencies, ['Essex Partnership University NHS Foundation Trust (EPUT)', 'An Agency Nobody Knows']);
});
