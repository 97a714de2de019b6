// Outline, folding and hover on a version the service checked from one recommendation come from
// that recommendation's window and the parts kept for the others, not from a parse of the whole
// file; where a window cannot be sure, from the whole file. Either way, the whole-file results.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService, type LanguageService } from '../../../server/src/service/languageService';
import { ChunkCache } from '../../../server/src/service/incremental/chunkCache';
import { generateSummary } from '../../support/generateSummary';

const uri = 'file:///navigation.review.yaml';

/** The service's answers for a version: outline, folding, and hover at each offset. */
function navigation(service: LanguageService, version: number, text: string, offsets: number[] = []): unknown {
  const document = { uri, version, getText: () => text };
  const state = service.state(document);
  return {
    symbols: service.documentSymbols(document),
    folding: service.foldingRanges(document),
    hovers: offsets.map((offset) => service.hover(document, state.positionAt(offset))),
  };
}

/** A service that has checked `text` (version 1) and answered outline and folding for it. */
function checked(text: string): LanguageService {
  const service = createLanguageService();
  service.validate({ uri, version: 1, getText: () => text });
  navigation(service, 1, text);
  return service;
}

function wasParsedWhole(service: LanguageService, version: number, text: string): boolean {
  return service.state({ uri, version, getText: () => text }).isParsed;
}

/** The text with `word ` inserted at the start of the first prose line of recommendation `number`. */
function proseEdit(text: string, number: number, word = 'agreed'): string {
  const prose = /\n {6,}(?=[A-Za-z])/g;
  prose.lastIndex = text.indexOf(`  - number: ${number}\n`);
  const at = prose.exec(text)!;
  const offset = at.index + at[0].length;
  return text.slice(0, offset) + `${word} ` + text.slice(offset);
}

const summary = generateSummary({ recommendations: 200, seed: 8 });

describe('outline, folding and hover from one recommendation', () => {
  test('after an edit inside a recommendation: without parsing the whole file, and equal to the whole-file results', () => {
    const service = checked(summary);
    const edited = proseEdit(summary, 150);
    const item = edited.indexOf('  - number: 150\n');
    const offsets = [
      edited.indexOf('- ', edited.indexOf('addressedTo:', item)) + 5, // an addressee: its catalogue entry
      edited.indexOf('text:', item) + 2, // a key: the schema's description
      edited.indexOf('title:') + 2, // a top-level key, from the header
      edited.indexOf('csp: ') + 6, // the CSP, from the header
    ];
    const answers = navigation(service, 2, edited, offsets);
    assert.equal(wasParsedWhole(service, 2, edited), false, 'answered from windows');
    assert.deepEqual(answers, navigation(createLanguageService(), 1, edited, offsets));
    assert.ok(
      (answers as { hovers: unknown[] }).hovers.every((hover) => hover !== null),
      'every hover answered',
    );
  });

  test('typing on: each version from windows and kept parts', () => {
    const service = checked(summary);
    let text = summary;
    for (const [version, number] of [7, 8, 9, 10].map((version, i) => [version, 20 + i * 50] as const)) {
      text = proseEdit(text, number, `word${version}`);
      const answers = navigation(service, version, text);
      assert.equal(wasParsedWhole(service, version, text), false, `version ${version}`);
      assert.deepEqual(answers, navigation(createLanguageService(), 1, text));
    }
  });

  test('the last recommendation deleted (the whole file), then a new one typed at the end (windows): the list ends where the whole file says', () => {
    const service = checked(summary);
    const last = summary.indexOf('  - number: 200\n');
    const shorter = summary.slice(0, last);
    assert.deepEqual(navigation(service, 2, shorter), navigation(createLanguageService(), 1, shorter));
    const longer = `${shorter}  - number: 200\n    text: A new one.\n    addressedTo:\n      - Essex Police\n`;
    assert.deepEqual(navigation(service, 3, longer), navigation(createLanguageService(), 1, longer));
    assert.equal(wasParsedWhole(service, 3, longer), false);
  });

  test('lines added in a recommendation move the folds and symbols after it', () => {
    const service = checked(summary);
    const item = summary.indexOf('  - number: 30\n');
    const edited =
      summary.slice(0, item) + summary.slice(item).replace('    addressedTo:\n', '    note: |\n      one\n      two\n    addressedTo:\n');
    assert.deepEqual(navigation(service, 2, edited), navigation(createLanguageService(), 1, edited));
    assert.equal(wasParsedWhole(service, 2, edited), false);
  });

  test('an edit to a top-level field: the whole file, as before', () => {
    const service = checked(summary);
    const retitled = summary.replace('title: ', 'title: The ');
    assert.deepEqual(navigation(service, 2, retitled), navigation(createLanguageService(), 1, retitled));
    assert.equal(wasParsedWhole(service, 2, retitled), true);
  });

  test('hover where a window cannot be sure (on the `recommendations` key) reads the whole file', () => {
    const service = checked(summary);
    const edited = proseEdit(summary, 3);
    const offset = edited.indexOf('recommendations:') + 3;
    assert.deepEqual(navigation(service, 2, edited, [offset]), navigation(createLanguageService(), 1, edited, [offset]));
    assert.equal(wasParsedWhole(service, 2, edited), true);
  });

  test('an alias to an anchor in another recommendation: the window reads the alias as the file does (unresolved)', () => {
    const withAnchor = (text: string, number: number, mark: string): string => {
      const at = text.indexOf('    text: ', text.indexOf(`  - number: ${number}\n`)) + '    text: '.length;
      return text.slice(0, at) + mark + text.slice(at);
    };
    const text = withAnchor(withAnchor(summary, 3, '&shared '), 5, '*shared\n    note: ');
    const service = checked(text);
    const edited = proseEdit(text, 10);
    const offsets = [edited.indexOf('*shared') - 4, edited.indexOf('*shared') + 2];
    assert.deepEqual(navigation(service, 2, edited, offsets), navigation(createLanguageService(), 1, edited, offsets));
    assert.equal(wasParsedWhole(service, 2, edited), false);
  });

  test('a lone carriage return (a line break to LSP, not to YAML): the whole file', () => {
    const text = summary.replace('  - number: 5\n    text: >-\n      ', '  - number: 5\n    text: >-\n      a\rb ');
    const service = checked(text);
    const edited = proseEdit(text, 60);
    assert.deepEqual(navigation(service, 2, edited), navigation(createLanguageService(), 1, edited));
    assert.equal(wasParsedWhole(service, 2, edited), true);
  });
});

describe('the parts kept between versions', () => {
  test('only the current chunks are kept, each found by its text wherever it moved', () => {
    const cache = new ChunkCache<string, string>();
    cache.seed('head\n', '', 'frame', ['a\n', 'b\n', 'c\n'], ['A', 'B', 'C']);
    assert.equal(cache.frame('head\n', ''), 'frame');
    assert.equal(cache.frame('head!\n', ''), undefined);
    assert.deepEqual(cache.parts(['a\n', 'b2\n', 'c\n']), ['A', undefined, 'C']);
    cache.keep(['a\n', 'b2\n', 'c\n'], ['A', 'B2', 'C']);
    assert.deepEqual(cache.parts(['b\n', 'c\n', 'b2\n', 'a\n']), [undefined, 'C', 'B2', 'A'], 'the edited chunk is forgotten');
  });
});
