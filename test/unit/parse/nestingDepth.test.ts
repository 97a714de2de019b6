import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findExcessiveNesting, maxNesting } from '../../../server/src/service/parse/nestingDepth';
import { parseSummary } from '../../../server/src/service/parse/parseSummary';

describe('nesting limit (checked before yaml parses)', () => {
  test('flow nesting past the limit is found at the bracket that crosses it', () => {
    const text = `title: ${'['.repeat(150)}${']'.repeat(150)}\n`;
    const found = findExcessiveNesting(text)!;
    // One block level (the top mapping) plus flow levels: the 100th bracket makes 101.
    assert.equal(found.offset, 'title: '.length + maxNesting - 1);
    assert.equal(found.depth, maxNesting + 1);
  });

  test('block nesting, by indentation and by compact "- - -" items, is found on its line', () => {
    const compact = `recommendations:\n  ${'- '.repeat(150)}x\n`;
    assert.equal(findExcessiveNesting(compact)!.offset, compact.indexOf('- '));
    const lines = ['a:'];
    for (let level = 1; level <= 120; level++) lines.push(`${' '.repeat(level)}k${level}:`);
    const found = findExcessiveNesting(lines.join('\n'))!;
    assert.equal(found.depth, maxNesting + 1);
  });

  test('brackets in quotes, comments and block scalars are text, not nesting', () => {
    const brackets = '['.repeat(300);
    const text = [
      `title: "${brackets}"`,
      `csp: '${brackets}'`,
      `# ${brackets}`,
      'summary: >-',
      `  ${brackets}`,
      `  more ${brackets}`,
      'source: {url: "[[[["}',
      '',
    ].join('\n');
    assert.equal(findExcessiveNesting(text), undefined);
  });

  test('a real summary is nowhere near the limit', () => {
    const text = 'recommendations:\n  - number: 1\n    parts:\n      - label: a\n        text: [x, {y: [z]}]\n';
    assert.equal(findExcessiveNesting(text, 8), undefined);
    assert.equal(findExcessiveNesting(text, 7)?.depth, 8);
  });

  test('parseSummary reports the limit as one located error and does not hand the text to yaml', () => {
    const text = `title: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`;
    const parsed = parseSummary(text);
    assert.equal(parsed.document, null);
    assert.equal(parsed.errors.length, 1);
    assert.equal(parsed.errors[0].code, 'RESOURCE_EXHAUSTION');
    assert.match(parsed.errors[0].message, /Nested more than 100 levels/);
    // Lines are still counted (1-based, as yaml's LineCounter does) for suppression comments.
    assert.equal(parsed.lineCounter.linePos(text.length - 1).line, 1);
    assert.equal(parsed.lineCounter.linePos(text.length).line, 2);
  });
});
