import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isScalar, Scalar, stringify, visit } from 'yaml';
import { parseSummary } from '../../../server/src/service/parse/parseSummary';
import { sourceSpan, traceScalar, type ScalarSource } from '../../../server/src/service/redaction/scalarSource';

/** Every string scalar of a YAML text, traced. */
function traced(text: string): ScalarSource[] {
  const out: ScalarSource[] = [];
  const document = parseSummary(text).document!;
  visit(document, {
    Scalar(key, node) {
      if (key === 'key' || !isScalar(node)) return;
      const source = traceScalar(text, node);
      if (source) out.push(source);
    },
  });
  return out;
}

/** The source text of value units [start, end). */
function sourceOf(text: string, source: ScalarSource, start: number, end: number): string {
  const span = sourceSpan(source, start, end);
  return text.slice(span.start, span.end);
}

describe('scalar source map', () => {
  test('plain multi-line: a fold maps to the line break and indentation', () => {
    const text = 'a: one Jane\n  Smith two\n\n  three\n';
    const [source] = traced(text);
    assert.equal(source.value, 'one Jane Smith two\nthree');
    assert.ok(source.exact);
    const at = source.value.indexOf('Jane Smith');
    assert.equal(sourceOf(text, source, at, at + 'Jane Smith'.length), 'Jane\n  Smith');
    assert.equal(sourceOf(text, source, source.value.indexOf('three'), source.value.length), 'three');
  });

  test("single-quoted: '' is one quote, folds as plain", () => {
    const text = "a: 'O''Neill''s\n   flat'\n";
    const [source] = traced(text);
    assert.equal(source.value, "O'Neill's flat");
    assert.equal(sourceOf(text, source, 0, 7), "O''Neill");
  });

  test('double-quoted: escapes map to the whole escape', () => {
    const text = 'a: "\\u0141ukasz \\"Nowak\\"\\tand\\x41 \\U0001F600 end\\\n    joined"\n';
    const [source] = traced(text);
    assert.equal(source.value, 'Łukasz "Nowak"\tandA 😀 endjoined');
    assert.ok(source.exact);
    assert.equal(sourceOf(text, source, 0, 6), '\\u0141ukasz');
    assert.equal(sourceOf(text, source, 7, 14), '\\"Nowak\\"');
    const emoji = source.value.indexOf('😀');
    assert.equal(sourceOf(text, source, emoji, emoji + 2), '\\U0001F600');
    const joined = source.value.indexOf('joined');
    assert.equal(sourceOf(text, source, joined, joined + 6), 'joined');
  });

  test('literal and folded block scalars, with chomping and an indentation indicator', () => {
    const text = "a: |+\n  Jane\n   Smith\n\n\nb: >-\n  Zoe\n  O'Neill\n\n  next\n    more\n  end\nc: |2\n    two spaces kept\n";
    const [literal, folded, indicated] = traced(text);
    assert.equal(literal.value, 'Jane\n Smith\n\n\n');
    assert.equal(sourceOf(text, literal, 6, 11), 'Smith');
    assert.equal(folded.value, "Zoe O'Neill\nnext\n  more\nend");
    assert.equal(sourceOf(text, folded, 0, 11), "Zoe\n  O'Neill");
    assert.equal(indicated.value, '  two spaces kept\n');
    assert.ok([literal, folded, indicated].every((s) => s.exact));
  });

  test('flow sequence items and CRLF line ends', () => {
    const text = 'a: [Jane Smith, "Zoe\r\n  Smith"]\r\nb: plain\r\n  folded\r\n';
    const [first, second, third] = traced(text);
    assert.equal(sourceOf(text, first, 0, 4), 'Jane');
    assert.equal(second.value, 'Zoe Smith');
    assert.equal(sourceOf(text, second, 0, 9), 'Zoe\r\n  Smith');
    assert.equal(third.value, 'plain folded');
  });

  test('every style yaml can write traces exactly, and each ordinary character maps to itself', () => {
    const styles: Array<Scalar.Type> = [Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE, Scalar.BLOCK_LITERAL, Scalar.BLOCK_FOLDED];
    const word = fc.stringMatching(/^[A-Za-z'’é,.:#"\\Ł-]{1,9}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => words.join(' '));
    const value = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(value, fc.constantFrom(...styles), fc.integer({ min: 20, max: 80 }), (text, style, lineWidth) => {
        const scalar = new Scalar(text);
        scalar.type = style;
        const yamlText = stringify({ summary: scalar, list: [scalar] }, { lineWidth, minContentWidth: 10 });
        // yaml's own writer sometimes writes a text that reads back differently (":\n#" as a
        // plain scalar); the tracer must agree with the parser, so only round-trips are compared.
        const parsedBack = parseSummary(yamlText).value as { summary?: unknown } | undefined;
        if (parsedBack?.summary !== text) return;
        for (const source of traced(yamlText)) {
          assert.equal(source.value, text);
          assert.ok(source.exact, `not exact: ${JSON.stringify(yamlText)}`);
          for (let i = 0; i < source.value.length; i++) {
            const original = yamlText.slice(source.starts[i], source.ends[i]);
            if (original.length === 1 && source.value[i] !== ' ' && source.value[i] !== '\n') assert.equal(original, source.value[i]);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('hand-written YAML of awkward pieces (tabs, empty blocks, escapes, quotes) traces exactly', () => {
    const piece = fc.constantFrom(
      ...'ab Zoë\'"\\\n\t:-#|>+[]{},.0123456789u'.split(''),
      '\\u0041',
      "''",
      '  ',
      '- ',
      '\n  ',
      '|-\n  ',
      '>\n  ',
      '"',
      "'",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = `summary: ${pieces.join('')}\n`;
        const parsed = parseSummary(text);
        if (!parsed.document || parsed.errors.length > 0) return;
        for (const source of traced(text)) assert.ok(source.exact, `not exact: ${JSON.stringify(text)}`);
      }),
      { numRuns: 3000 },
    );
  });

  test('a construct it cannot trace falls back to the whole scalar', () => {
    const text = 'a: "bad \\q escape"\n';
    const document = parseSummary(text).document!;
    let source: ScalarSource | undefined;
    visit(document, { Scalar: (key, node) => void (key !== 'key' && (source = traceScalar(text, node))) });
    if (source && !source.exact) {
      assert.deepEqual(sourceSpan(source, 0, 1), { start: 3, end: text.indexOf('\n') });
    }
  });
});
