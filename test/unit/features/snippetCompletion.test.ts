// The snippets are offered by the server where they fit (a whole summary in an empty file, a
// recommendation as a new item of the list) and nowhere else, so completion can pop up by itself
// in values without snippets interrupting prose. An offered snippet, inserted with its defaults,
// leaves a clean file.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InsertTextFormat, InsertTextMode, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/service/languageService';
import {
  expandSnippet,
  snippetDiagnostics as diagnosticsOf,
  snippetHostSummary as summary,
  snippetTestNow as now,
} from '../../support/snippetBody';

const uri = 'file:///snippets/summary.review.yaml';

/** Completion at the `|` of `marked`: the snippet items, and the text without the marker. */
function snippetsAt(marked: string): { text: string; items: CompletionItem[] } {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const service = createLanguageService({ settings: { now } });
  const document = { uri, version: 1, getText: () => text };
  const position = service.state(document).positionAt(offset);
  const items = service.complete(document, position).items.filter((item) => item.insertTextFormat === InsertTextFormat.Snippet);
  return { text, items };
}

/** The text after choosing `item` and keeping its placeholders' defaults (or `values`). */
function accept(text: string, item: CompletionItem, values: Record<number, string> = {}): string {
  const edit = item.textEdit as TextEdit;
  const service = createLanguageService();
  const state = service.state({ uri, version: 1, getText: () => text });
  const span = state.spanOf(edit.range);
  return text.slice(0, span.start) + expandSnippet(edit.newText, { now, values }) + text.slice(span.end);
}

describe('snippet completion', () => {
  test('an empty file (comments aside) is offered the whole summary, which is clean as inserted', () => {
    const { text, items } = snippetsAt('# A new summary\nrev|\n');
    assert.deepEqual(
      items.map((item) => item.label),
      ['review-summary'],
    );
    assert.equal(items[0].insertTextMode, InsertTextMode.asIs);
    assert.deepEqual(diagnosticsOf(accept(text, items[0])), []);
  });

  test('a new item of the recommendations list is offered both recommendation snippets, indented for it', () => {
    for (const typed of ['  - rec|', '  rec|', '  - |']) {
      const { text, items } = snippetsAt(`${summary}${typed}\n`);
      assert.deepEqual(
        items.map((item) => item.label),
        ['recommendation', 'recommendation with parts'],
        typed,
      );
      for (const item of items) {
        const after = accept(text, item, { 1: '2' });
        assert.deepEqual(diagnosticsOf(after), [], `${typed} → ${item.label}:\n${after}`);
        assert.match(after, /\n {2}- number: 2\n {4}text: /, 'the item is indented as a list item, its fields under it');
      }
    }
  });

  test('the filter text matches what the range covers (the dash included)', () => {
    const { items } = snippetsAt(`${summary}  - rec|\n`);
    assert.equal(items[0].filterText, '- recommendation');
    assert.equal(snippetsAt(`${summary}  rec|\n`).items[0].filterText, 'recommendation');
  });

  test('CRLF files get CRLF line breaks', () => {
    const { items } = snippetsAt(`${summary.replace(/\n/g, '\r\n')}  - rec|\r\n`);
    assert.match((items[0].textEdit as TextEdit).newText, /\r\n {4}text: /);
  });

  test('nowhere else: prose, a field of an item, an agency, a top-level key of a started file, a deeper list', () => {
    const places = [
      summary.replace('share risk information.', 'share risk rec|'),
      summary.replace('    addressedTo:', '    rec|\n    addressedTo:'),
      `${summary}      - rec|\n`,
      `${summary}rec|\n`,
      `title: X\nrev|\n`,
      `${summary}  - number: 2\n    parts:\n      - rec|\n`,
      `# a comment rec|\n`,
    ];
    for (const marked of places)
      assert.deepEqual(
        snippetsAt(marked).items.map((item) => item.label),
        [],
        marked,
      );
  });

  test('documentation shows the snippet as it will read', () => {
    const { items } = snippetsAt('rev|');
    const value = (items[0].documentation as { value: string }).value;
    assert.match(value, /^```yaml\ntitle: Uttlesford review\ncsp: Uttlesford\npublished: YYYY-MM\n/);
    assert.doesNotMatch(value, /\$\{/);
  });
});
