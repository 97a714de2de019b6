import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { expandSnippet } from '../support/snippetBody';
import { repoRoot } from '../support/paths';

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}

const snippetsPath = join(repoRoot, 'snippets', 'review-summary.json');
const snippets = JSON.parse(readFileSync(snippetsPath, 'utf8')) as Record<string, Snippet>;
const now = new Date('2024-06-15T12:00:00Z');

function diagnosticsOf(text: string): string[] {
  const service = createLanguageService({ settings: { now } });
  return service.validate({ uri: 'file:///snippets/test.review.yaml', version: 1, getText: () => text }).map((d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character} ${d.message}`);
}

/** A clean summary whose last line is an item of the recommendations list, to insert after. */
const host = [
  'title: Uttlesford review',
  'csp: Uttlesford',
  'published: 2023-08',
  'yearOfDeath: 2020',
  'source:',
  '  url: https://example.org/overview-report.pdf',
  'summary: >-',
  '  The review found that the agencies involved did not share what they knew about the risk.',
  'recommendations:',
  '  - number: 1',
  '    text: All agencies involved in this review should share risk information.',
  '    addressedTo:',
  '      - All agencies involved in this review',
  '',
].join('\n');

describe('snippets', () => {
  test('the server offers the snippets, so completion may pop up by itself inside values', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    // Static snippets would pop up in prose whenever a word matched a prefix ("re" → review-summary).
    assert.equal(manifest.contributes.snippets, undefined);
    assert.deepEqual(manifest.contributes.configurationDefaults['[review-summary]'], {
      'editor.quickSuggestions': { other: 'on', comments: 'off', strings: 'on' },
      'editor.wordBasedSuggestions': 'off',
    });
  });

  test('there are the three snippets, each with a prefix and a description', () => {
    assert.deepEqual(Object.keys(snippets).sort(), ['New recommendation', 'New recommendation with parts', 'New review summary']);
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.prefix.length > 0 && snippet.description.length > 0, name);
    }
  });

  test('a new summary, placeholders as offered, is a file with no diagnostics', () => {
    const text = expandSnippet(snippets['New review summary'].body, { now });
    assert.match(text, /^title: Uttlesford review\ncsp: Uttlesford\npublished: 2024-06\n/);
    assert.deepEqual(diagnosticsOf(text), []);
  });

  test('a new summary with other values typed in is clean too (the title follows the csp)', () => {
    const text = expandSnippet(snippets['New review summary'].body, { now, values: { 1: 'Brighton & Hove', 3: '2022', 4: 'DARDR' } });
    assert.match(text, /^title: Brighton & Hove review\ncsp: Brighton & Hove\n/);
    assert.deepEqual(diagnosticsOf(text), []);
  });

  for (const name of ['New recommendation', 'New recommendation with parts']) {
    test(`"${name}" inserted as the next list item (number 2) leaves the file clean`, () => {
      const fragment = expandSnippet(snippets[name].body, { now, values: { 1: '2' }, indent: '  ' });
      const text = `${host}  ${fragment}`;
      assert.deepEqual(diagnosticsOf(text), []);
    });

    test(`"${name}" with its default number 1 is caught as a repeat (the snippet is checked like typed text)`, () => {
      const fragment = expandSnippet(snippets[name].body, { now, indent: '  ' });
      assert.deepEqual(diagnosticsOf(`${host}  ${fragment}`).map((d) => d.split(' ')[0]), ['numbering/duplicate']);
    });
  }
});
