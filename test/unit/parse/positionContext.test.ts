import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { positionContext, type PositionContext } from '../../../server/src/service/parse/positionContext';
import { examplesDir } from '../../support/paths';

/** The context at the `|` in `source` (the bar is removed); `crlf` writes the text with CRLF. */
function at(source: string, crlf = false): { context: PositionContext | undefined; text: string } {
  const raw = crlf ? source.replace(/\n/g, '\r\n') : source;
  const offset = raw.indexOf('|');
  const text = raw.slice(0, offset) + raw.slice(offset + 1);
  return { context: positionContext(text, offset), text };
}

function expectContext(source: string, expected: Partial<PositionContext> & { replaced?: string }, crlf = false): void {
  const { context, text } = at(source, crlf);
  assert.ok(context, `a context for ${JSON.stringify(source)}`);
  const { replaced, ...fields } = expected;
  for (const [key, value] of Object.entries(fields))
    assert.deepEqual(context[key as keyof PositionContext], value, `${key} in ${JSON.stringify(source)}`);
  if (replaced !== undefined)
    assert.equal(text.slice(context.replace.start, context.replace.end), replaced, `replaced text in ${JSON.stringify(source)}`);
}

const head = 'title: x\ncsp: Uttlesford\nrecommendations:\n  - number: 1\n    text: t\n    addressedTo:\n';

describe('positionContext: what is at a position of a half-typed summary', () => {
  for (const crlf of [false, true]) {
    const eol = crlf ? ' (CRLF)' : '';
    test(`an empty file is a key at the top${eol}`, () =>
      expectContext('|', { kind: 'key', path: [], typed: '', column: 0, existingKeys: [] }, crlf));

    test(`a half-typed top-level key at the end of the file${eol}`, () =>
      expectContext('title: x\nre|', { kind: 'key', path: [], typed: 're', replaced: 're', existingKeys: ['title'] }, crlf));

    test(`an empty line inside a recommendation is a key of that recommendation${eol}`, () =>
      expectContext(
        'recommendations:\n  - number: 1\n    |\n    text: a\n',
        { kind: 'key', path: ['recommendations', 0], typed: '', column: 4, existingKeys: ['number', 'text'] },
        crlf,
      ));

    test(`an empty line at column 0 in the middle of the file is a top-level key${eol}`, () =>
      expectContext('title: x\n|\ncsp: y\n', { kind: 'key', path: [], existingKeys: ['title', 'csp'] }, crlf));

    test(`a value after "key: "${eol}`, () =>
      expectContext(
        'reviewType: D|\npublished: 2023-08\n',
        { kind: 'value', path: ['reviewType'], typed: 'D', replaced: 'D', flow: false },
        crlf,
      ));

    test(`an empty value after "key: " at the end of the file${eol}`, () =>
      expectContext('reviewType: |', { kind: 'value', path: ['reviewType'], typed: '', replaced: '' }, crlf));

    test(`"key:" with no space yet needs one${eol}`, () =>
      expectContext('csp:|\n', { kind: 'value', path: ['csp'], needsSpace: true, typed: '' }, crlf));

    test(`an empty "- " in addressedTo is a list item${eol}`, () =>
      expectContext(
        `${head}      - |\n`,
        { kind: 'key', listItem: true, path: ['recommendations', 0, 'addressedTo', 0], typed: '', column: 8 },
        crlf,
      ));

    test(`one word after "- " is a list item, with the word replaced${eol}`, () =>
      expectContext(
        `${head}      - Ess|\n  - number: 2\n`,
        { listItem: true, path: ['recommendations', 0, 'addressedTo', 0], typed: 'Ess', replaced: 'Ess' },
        crlf,
      ));

    test(`several words after "- " are a value of that item${eol}`, () =>
      expectContext(
        `${head}      - EPUT\n      - adults bo|\n`,
        { kind: 'value', path: ['recommendations', 0, 'addressedTo', 1], typed: 'adults bo', replaced: 'adults bo' },
        crlf,
      ));

    test(`the cursor in the middle of a value replaces the whole word on the line${eol}`, () =>
      expectContext(
        `${head}      - Essex Safe|guarding  # note\n`,
        { kind: 'value', typed: 'Essex Safe', replaced: 'Essex Safeguarding' },
        crlf,
      ));

    test(`a quoted value keeps its quote${eol}`, () =>
      expectContext(
        `${head}      - "Southend, Es|"\n`,
        { kind: 'value', quote: 'double', typed: 'Southend, Es', replaced: '"Southend, Es"' },
        crlf,
      ));

    test(`a flow list item${eol}`, () =>
      expectContext(
        `${head.replace('    addressedTo:\n', '')}    addressedTo: [EPUT, Ess|]\n`,
        { kind: 'value', flow: true, path: ['recommendations', 0, 'addressedTo', 1], typed: 'Ess', replaced: 'Ess' },
        crlf,
      ));

    test(`an unclosed flow list at the end of the file${eol}`, () =>
      expectContext(
        `${head.replace('    addressedTo:\n', '')}    addressedTo: [EPUT, |`,
        { kind: 'value', flow: true, path: ['recommendations', 0, 'addressedTo', 1], typed: '' },
        crlf,
      ));

    test(`a new list item of recommendations is a key of a new mapping${eol}`, () =>
      expectContext(
        'recommendations:\n  - number: 1\n    text: a\n  - |\n',
        { kind: 'key', listItem: true, path: ['recommendations', 1], column: 4, existingKeys: [] },
        crlf,
      ));

    test(`a key typed in the middle of an existing key${eol}`, () =>
      expectContext(
        'recommendations:\n  - num|ber: 1\n',
        { kind: 'key', path: ['recommendations', 0], typed: 'num', replaced: 'number' },
        crlf,
      ));

    test(`a nested key under source${eol}`, () => expectContext('source:\n  u|\n', { kind: 'key', path: ['source'], typed: 'u' }, crlf));
  }

  test('a comment is nothing to complete', () => {
    assert.equal(at('title: x  # a com|ment\n').context, undefined);
    assert.equal(at('# |\ntitle: x\n').context, undefined);
  });

  test('inside a block scalar is a value of that field', () => {
    expectContext('summary: >-\n  The review fou|nd\ncsp: x\n', { kind: 'value', path: ['summary'] });
  });

  test('every position of the seed example gets an answer or none, without throwing', () => {
    const text = readFileSync(join(examplesDir, 'uttlesford.review.yaml'), 'utf8');
    for (let offset = 0; offset <= text.length; offset += 7) {
      const context = positionContext(text, offset);
      if (context) assert.ok(context.replace.start <= offset && offset <= context.replace.end, `replace range covers ${offset}`);
    }
  });
});
