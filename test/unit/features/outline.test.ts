import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/service/languageService';
import { shortText } from '../../../server/src/service/features/outline';
import { matches, workspaceSymbols } from '../../../server/src/service/features/workspaceSymbols';
import { examplesDir } from '../../support/paths';

const seed = readFileSync(join(examplesDir, 'uttlesford.review.yaml'), 'utf8');

function symbolsOf(text: string): DocumentSymbol[] {
  return createLanguageService().documentSymbols({ uri: 'file:///outline.review.yaml', version: 1, getText: () => text });
}

function foldsOf(text: string): Array<[number, number, string?]> {
  return createLanguageService()
    .foldingRanges({ uri: 'file:///folds.review.yaml', version: 1, getText: () => text })
    .map((range) => (range.kind ? [range.startLine, range.endLine, range.kind] : [range.startLine, range.endLine]));
}

describe('outline (document symbols)', () => {
  test('the seed: the title is the root, recommendations under it, parts under those', () => {
    const [root, ...others] = symbolsOf(seed);
    assert.equal(others.length, 0);
    assert.equal(root.name, 'Uttlesford review');
    assert.equal(root.detail, 'Uttlesford · 2023-08');
    assert.equal(root.kind, SymbolKind.File);
    assert.deepEqual(root.selectionRange, { start: { line: 3, character: 7 }, end: { line: 3, character: 24 } });
    const recommendations = root.children!;
    assert.equal(recommendations.length, 12);
    const third = recommendations[2];
    assert.equal(third.name, '3. EPUT should provide evidence and demonstrate to ESAB that:');
    assert.equal(third.detail, 'Essex Partnership University NHS Foundation Trust');
    assert.deepEqual(third.selectionRange, { start: { line: 41, character: 12 }, end: { line: 41, character: 13 } }, 'the number');
    assert.deepEqual(third.range, { start: { line: 41, character: 4 }, end: { line: 70, character: 57 } }, 'the whole item');
    assert.deepEqual(
      third.children!.map((part) => part.name),
      [
        '(a) The recommendations within their internal investigation…',
        '(b) That the transformation of the assessment service and…',
        '(c) That where referrals are made from the community that the…',
        '(d) That where there is evidence of medication misuse by a…',
        '(e) That EPUT reviews their Access Policy to take into account…',
        '(f) That all of the above are managed in order to ensure…',
      ],
    );
    assert.equal(recommendations[0].name, '1. The Essex Safeguarding Adults Board (ESAB) should seek…');
    assert.equal(recommendations[11].name, '12. Uttlesford Community Safety Partnership to ensure that…');
  });

  test('every child lies inside its parent, every selection inside its range', () => {
    const inside = (inner: DocumentSymbol['range'], outer: DocumentSymbol['range']): boolean =>
      (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
      (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
    const walk = (symbol: DocumentSymbol): void => {
      assert.ok(inside(symbol.selectionRange, symbol.range), symbol.name);
      for (const child of symbol.children ?? []) {
        assert.ok(inside(child.range, symbol.range), `${child.name} inside ${symbol.name}`);
        walk(child);
      }
    };
    symbolsOf(seed).forEach(walk);
  });

  test('a half-written file still has an outline', () => {
    const text = [
      'csp: Uttlesford',
      'recommendations:',
      '  - number: three',
      '    text: ""',
      '  - text: Agencies should act.',
      '    parts:',
      '      - text: Agree a protocol.',
      '  - just a line',
    ].join('\n');
    const [root] = symbolsOf(text);
    assert.equal(root.name, 'Untitled review summary');
    assert.deepEqual(
      root.children!.map((c) => c.name),
      ['three. (no text)', '?. Agencies should act.'],
    );
    assert.deepEqual(
      root.children![1].children!.map((c) => c.name),
      ['(?) Agree a protocol.'],
    );
  });

  test('a file that is not a mapping has no outline, and never throws', () => {
    for (const text of ['', '- a\n- b\n', 'just text', '{', 'title: [', '\u0000']) assert.doesNotThrow(() => symbolsOf(text));
    assert.deepEqual(symbolsOf(''), []);
    assert.deepEqual(symbolsOf('- a\n- b\n'), []);
  });

  test('long texts are cut at a word, short ones kept whole, white space folded', () => {
    assert.equal(shortText('Short text.'), 'Short text.');
    assert.equal(shortText('  line one\n  line two  '), 'line one line two');
    assert.equal(shortText('word '.repeat(30)), `${'word '.repeat(12).trim()}…`);
    assert.ok(shortText('a'.repeat(200)).endsWith('…'));
    assert.equal(shortText('a'.repeat(200)).length, 61);
    assert.equal(shortText(''), '(no text)');
  });
});

describe('folding ranges', () => {
  test('mappings, lists, block scalars and comment runs, each from its key or dash line', () => {
    const text = [
      '# first comment', //        0
      '# second comment', //       1
      'title: Uttlesford review', // 2
      'source:', //                3
      '  url: https://example.org/r.pdf', // 4
      '  publisher: Home Office', // 5
      'summary: >-', //            6
      '  One line', //             7
      '  and another.', //         8
      'recommendations:', //       9
      '  # one comment alone', // 10
      '  - number: 1', //         11
      '    text: Act.', //        12
      '    addressedTo: [A, B]', // 13
      '  - {number: 2, text: Act.,', // 14
      '     addressedTo: [A]}', // 15
      '',
    ].join('\n');
    assert.deepEqual(foldsOf(text), [
      [0, 1, 'comment'],
      [3, 5],
      [6, 8],
      [9, 15],
      [11, 13],
      [14, 15],
    ]);
  });

  test('the same ranges with CRLF line breaks', () => {
    const text = 'source:\r\n  url: https://example.org/r.pdf\r\n  publisher: X\r\nsummary: |\r\n  a\r\n  b\r\n';
    assert.deepEqual(foldsOf(text), [
      [0, 2],
      [3, 5],
    ]);
  });

  test('the seed folds each recommendation and its parts', () => {
    const folds = foldsOf(seed);
    assert.ok(
      folds.some(([start, end]) => start === 17 && end === 142),
      'recommendations',
    );
    assert.ok(
      folds.some(([start, end]) => start === 41 && end === 70),
      'recommendation 3',
    );
    assert.ok(
      folds.some(([start, end]) => start === 43 && end === 68),
      'its parts',
    );
    const starts = folds.map(([start]) => start);
    assert.equal(new Set(starts).size, starts.length, 'one range per start line');
  });

  test('a deeply nested file folds without exhausting the stack', () => {
    const depth = 5000;
    const text = `title: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    assert.doesNotThrow(() => foldsOf(text));
  });
});

describe('workspace symbols', () => {
  const other = [
    'title: Westshire review',
    'csp: Westshire',
    'recommendations:',
    '  - number: 1',
    '    text: Westshire Police should review its DASH training.',
  ].join('\n');
  const files = [
    { uri: 'file:///ws/uttlesford.review.yaml', text: seed },
    { uri: 'file:///ws/westshire.review.yaml', text: other },
  ];

  test('every summary gives its title and its recommendations, with the title as container', () => {
    const all = workspaceSymbols(files, '');
    assert.equal(all.length, 1 + 12 + 1 + 1);
    const westshire = all.filter((s) => s.location.uri === 'file:///ws/westshire.review.yaml');
    assert.deepEqual(
      westshire.map((s) => [s.name, s.containerName, s.kind]),
      [
        ['Westshire review', undefined, SymbolKind.File],
        ['1. Westshire Police should review its DASH training.', 'Westshire review', SymbolKind.Object],
      ],
    );
    assert.deepEqual(westshire[1].location.range, { start: { line: 3, character: 12 }, end: { line: 3, character: 13 } });
  });

  test('the query matches characters in order, any case, in the name or container', () => {
    assert.equal(
      workspaceSymbols(files, 'DASH')[0].name,
      '1. Westshire Police should review its DASH training.',
      'a name containing the query comes first',
    );
    assert.deepEqual(workspaceSymbols(files, 'uttrev').map((s) => s.name)[0], 'Uttlesford review');
    assert.deepEqual(
      workspaceSymbols(files, 'westshire')
        .slice(0, 2)
        .map((s) => s.location.uri),
      ['file:///ws/westshire.review.yaml', 'file:///ws/westshire.review.yaml'],
    );
    assert.equal(workspaceSymbols(files, 'no such thing at all').length, 0);
    assert.ok(matches('eput', '3. EPUT should provide'));
    assert.ok(!matches('tupe', '3. EPUT should'));
  });

  test('broken files contribute what they can and never throw', () => {
    const broken = [
      { uri: 'file:///ws/a.review.yaml', text: 'title: [unclosed' },
      { uri: 'file:///ws/b.review.yaml', text: '' },
    ];
    assert.doesNotThrow(() => workspaceSymbols(broken, ''));
  });
});

describe('size limit', () => {
  test('a file over reviewSummaries.maxFileSize has no outline and no folding (like its checks, kept cheap)', () => {
    const service = createLanguageService({ settings: { maxFileSize: 100 } });
    const document = { uri: 'file:///big.review.yaml', version: 1, getText: () => seed };
    assert.deepEqual(service.documentSymbols(document), []);
    assert.deepEqual(service.foldingRanges(document), []);
  });
});
