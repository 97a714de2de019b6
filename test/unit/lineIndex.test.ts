// The line index must place every offset exactly where vscode-languageserver-textdocument does,
// whether it was built from the text or patched from the previous version's index after an edit
// (random texts mixing \n, \r\n and lone \r, random edits, every offset and line compared).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/service/lineIndex';
import { textChange } from '../../server/src/service/incremental/textDiff';

const pieces = ['a', 'bc', ' ', '\n', '\r\n', '\r', 'é', '😀', '\n\n'];
const textArbitrary = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

function assertSameAsTextDocument(index: LineIndex, text: string): void {
  const document = TextDocument.create('file:///x', 'x', 1, text);
  assert.equal(index.lineCount, document.lineCount, 'line count');
  for (let offset = -1; offset <= text.length + 1; offset++)
    assert.deepEqual(index.positionAt(offset), document.positionAt(offset), `offset ${offset}`);
  for (let line = -1; line <= document.lineCount; line++) {
    for (const character of [-1, 0, 1, 2, 5, 100]) {
      const position = { line, character };
      assert.equal(index.offsetAt(position), document.offsetAt(position), `line ${line} character ${character}`);
    }
  }
}

describe('LineIndex', () => {
  test('built from a text, it matches TextDocument', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => assertSameAsTextDocument(LineIndex.of(text), text)),
      { numRuns: 300 },
    );
  });

  test('patched after an edit, it matches TextDocument on the new text', () => {
    fc.assert(
      fc.property(textArbitrary, fc.nat(), fc.nat(), textArbitrary, (text, a, b, inserted) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length - start === 0 ? 0 : b % (text.length - start + 1));
        const after = text.slice(0, start) + inserted + text.slice(end);
        const change = textChange(text, after);
        if (!change) return;
        assertSameAsTextDocument(LineIndex.after(LineIndex.of(text), after, change), after);
      }),
      { numRuns: 1000 },
    );
  });

  test('a line break split or joined at the edge of an edit ("\\r" then "\\n")', () => {
    const cases: Array<[string, string]> = [
      ['a\r\nb', 'a\rx\nb'],
      ['a\rx\nb', 'a\r\nb'],
      ['a\r', 'a\r\n'],
      ['\nb', '\r\nb'],
      ['a\r\r\nb', 'a\r\nb'],
    ];
    for (const [before, after] of cases) {
      const change = textChange(before, after)!;
      assertSameAsTextDocument(LineIndex.after(LineIndex.of(before), after, change), after);
    }
  });
});
