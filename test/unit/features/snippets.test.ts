import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  expandSnippet,
  snippetDiagnostics as diagnosticsOf,
  snippetHostSummary as host,
  snippetTestNow as now,
} from '../../support/snippetBody';
import { repoRoot } from '../../support/paths';
import { numberRuleIds } from '../../../server/src/service/rules/numbering/numberRules';

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}

const snippetsPath = join(repoRoot, 'snippets', 'review-summary.json');
const snippets = JSON.parse(readFileSync(snippetsPath, 'utf8')) as Record<string, Snippet>;

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
      assert.deepEqual(
        diagnosticsOf(`${host}  ${fragment}`).map((d) => d.split(' ')[0]),
        [numberRuleIds.duplicate],
      );
    });
  }
});
