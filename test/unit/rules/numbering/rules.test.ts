import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../../server/src/service/languageService';
import { allRules } from '../../../../server/src/service/rules/index';
import { longestAscending, numberRuleIds } from '../../../../server/src/service/rules/numbering/numberRules';
import type { CheckedFinding } from '../../../../server/src/service/check/runChecks';
import { partLabelsRuleId } from '../../../../server/src/service/rules/numbering/partLabelRules';
import { emptyTextRuleId } from '../../../../server/src/service/rules/numbering/emptyTextRule';

const head = [
  'title: Uttlesford review',
  'csp: Uttlesford',
  'published: 2023-08',
  'yearOfDeath: 2020',
  'source:',
  '  url: https://example.org/report.pdf',
  'summary: The review found that agencies did not share what they knew.',
  'recommendations:',
].join('\n');

/** A summary whose recommendations carry these `number:` values (as written), in this order. */
function withNumbers(...numbers: string[]): string {
  return `${head}\n${numbers.map((n) => `  - number: ${n}\n    text: Agencies should act.\n    addressedTo: [All agencies involved in this review]`).join('\n')}\n`;
}

/** The findings, each with all its fixes (whole-list ones are worked out when asked for, as a code action does). */
function findingsOf(text: string, settings = {}): CheckedFinding[] {
  const service = createLanguageService({ settings });
  const document = { uri: 'file:///rules.review.yaml', version: 1, getText: () => text };
  return service
    .findings(document)
    .map((finding) => (finding.deferredFixes ? { ...finding, fixes: service.fixes(document, finding) } : finding));
}

const written = (text: string, finding: { start: number; end: number }): string => text.slice(finding.start, finding.end);

describe('numbering rules', () => {
  test('every rule of this area is registered with a default severity and a one-line description', () => {
    const ids = [
      numberRuleIds.gap,
      numberRuleIds.duplicate,
      numberRuleIds.outOfOrder,
      numberRuleIds.notWhole,
      partLabelsRuleId,
      emptyTextRuleId,
    ];
    const registered = new Map(allRules().map((rule) => [rule.id, rule]));
    for (const id of ids) {
      const rule = registered.get(id);
      assert.ok(rule, id);
      assert.ok(!rule.description.includes('\n') && rule.description.length > 20, id);
    }
  });

  test('a gap names the missing number and points back at the one before', () => {
    const text = withNumbers('1', '2', '4');
    const [gap] = findingsOf(text);
    assert.equal(gap.rule, numberRuleIds.gap);
    assert.equal(gap.severity, 'warning');
    assert.equal(gap.message, 'Recommendation 3 is missing: the numbers go from 2 to 4');
    assert.equal(written(text, gap), '4');
    assert.equal(gap.related?.length, 1);
    assert.equal(written(text, gap.related![0]), '2');
    assert.deepEqual(
      gap.fixes?.map((f) => [f.title, f.preferred]),
      [['Renumber recommendations 1..N in file order', true]],
    );
  });

  test('a repeat is reported on the later one, linked to the first, with no gap on top', () => {
    const text = withNumbers('1', '1', '3');
    const findings = findingsOf(text);
    assert.deepEqual(
      findings.map((f) => f.rule),
      [numberRuleIds.duplicate],
    );
    const [duplicate] = findings;
    assert.equal(duplicate.severity, 'error');
    assert.ok(duplicate.start > text.indexOf('number: 1') + 8, 'on the second 1');
    assert.equal(written(text, duplicate.related![0]), '1');
    assert.ok(duplicate.related![0].start < duplicate.start);
    assert.match(duplicate.message, /^Recommendation 1 is numbered twice/);
  });

  test('out of order: the fewest items are flagged, each pointing at the number it wrongly precedes', () => {
    const text = withNumbers('1', '10', '11', '12', '2', '3', '4', '5', '6', '7', '8', '9');
    const findings = findingsOf(text);
    assert.deepEqual(
      findings.map((f) => `${f.rule} ${written(text, f)}`),
      ['numbering/out-of-order 10', 'numbering/out-of-order 11', 'numbering/out-of-order 12'],
    );
    assert.equal(
      findings[0].message,
      'Recommendation 10 comes before 2 in the file; numbers go up in file order (the page lists them as written)',
    );
    assert.equal(written(text, findings[0].related![0]), '2');
    assert.deepEqual(
      findings[0].fixes?.map((f) => f.title),
      ['Sort recommendations by number', 'Renumber recommendations 1..N in file order'],
    );
    assert.equal(findings[0].fixes?.[0].preferred, true);
  });

  test('one mistake in a number gives one diagnostic, from numbering/not-whole, never also the schema', () => {
    for (const [value, message] of [
      ['"2"', 'Write the number as 2 (plain digits), not the text "2"'],
      ['2.0', 'Write the number as 2 (plain digits), not `2.0`'],
      ['2.5', 'A recommendation number must be a whole number from 1 (1, 2, 3, ...), not `2.5`'],
      ['0', 'A recommendation number must be a whole number from 1 (1, 2, 3, ...), not `0`'],
      ['two', 'A recommendation number must be a whole number from 1 (1, 2, 3, ...), not the text "two"'],
      ['[2]', 'A recommendation number must be a whole number from 1 (1, 2, 3, ...), not a list'],
      ['{n: 2}', 'A recommendation number must be a whole number from 1 (1, 2, 3, ...), not a mapping'],
      ['', 'This recommendation has no number; recommendations are numbered 1, 2, 3, ... in file order'],
    ]) {
      const findings = findingsOf(withNumbers('1', value, '3'));
      assert.deepEqual(
        findings.map((f) => f.rule),
        [numberRuleIds.notWhole],
        value,
      );
      assert.equal(findings[0].message, message, value);
    }
  });

  test('an alias as a number is reported once, by yaml/anchor-or-alias', () => {
    const text = withNumbers('&one 1', '*one');
    assert.deepEqual(
      findingsOf(text)
        .map((f) => f.rule)
        .filter((rule) => rule.startsWith('numbering/') || rule.startsWith('schema/')),
      [],
    );
  });

  test('with numbering/not-whole turned off, a bad number is not reported twice or at all by the schema', () => {
    assert.deepEqual(findingsOf(withNumbers('1', 'two', '3'), { rules: { [numberRuleIds.notWhole]: 'off' } }), []);
  });

  test('a number spelt oddly gets its own fix, preferred, besides renumbering', () => {
    const text = withNumbers('1', '"2"');
    const [finding] = findingsOf(text);
    assert.deepEqual(
      finding.fixes?.map((f) => [f.title, Boolean(f.preferred)]),
      [
        ['Write 2', true],
        ['Renumber recommendations 1..N in file order', false],
      ],
    );
  });

  test('no sort is offered while the file has a YAML syntax error (renumbering still is)', () => {
    const text = `${withNumbers('2', '1')}  - number: 3\n    text: "unclosed\n`;
    const outOfOrder = findingsOf(text).find((f) => f.rule === numberRuleIds.outOfOrder);
    assert.ok(outOfOrder);
    assert.deepEqual(
      outOfOrder.fixes?.map((f) => f.title),
      ['Renumber recommendations 1..N in file order'],
    );
  });

  test('a suppression comment silences a numbering rule on its line', () => {
    const text = withNumbers('1', '2', '4  # review-summary-disable-line numbering/gap');
    assert.deepEqual(findingsOf(text), []);
  });

  test('the longest ascending run keeps the most items in place', () => {
    assert.deepEqual(
      [...longestAscending([1, 10, 11, 12, 2, 3, 4, 5, 6, 7, 8, 9])].sort((a, b) => a - b),
      [0, 4, 5, 6, 7, 8, 9, 10, 11],
    );
    assert.deepEqual([...longestAscending([2, 1])], [1]);
    assert.deepEqual([...longestAscending([])], []);
  });

  test('a reversed list of 3000: all but one flagged, each pointing at the smallest number after it', () => {
    const numbers = Array.from({ length: 3000 }, (_, i) => String(3000 - i));
    const text = withNumbers(...numbers);
    const findings = findingsOf(text, { maxDiagnostics: 10_000 });
    assert.equal(findings.filter((f) => f.rule === numberRuleIds.outOfOrder).length, 2999);
    assert.equal(findings[0].message.split(' in the file')[0], 'Recommendation 3000 comes before 1');
  });

  test('part labels: the message names the expected letter and points at the part before', () => {
    const text = `${head}\n  - number: 1\n    text: "Agencies should:"\n    parts:\n      - label: a\n        text: One.\n      - label: c\n        text: Two.\n    addressedTo: [All agencies involved in this review]\n`;
    const [finding] = findingsOf(text);
    assert.equal(finding.rule, partLabelsRuleId);
    assert.equal(finding.message, 'Part (c) should be (b) of recommendation 1: parts are lettered a, b, c, ... in order');
    assert.equal(written(text, finding.related![0]), 'a');
    assert.deepEqual(
      finding.fixes?.map((f) => f.title),
      ['Relabel parts a, b, c...'],
    );
  });

  test('an empty recommendation text is one diagnostic (the schema leaves it to recommendation/empty-text)', () => {
    const text = `${head}\n  - number: 1\n    text: "   "\n    addressedTo: [All agencies involved in this review]\n`;
    const findings = findingsOf(text);
    assert.deepEqual(
      findings.map((f) => [f.rule, written(text, f)]),
      [[emptyTextRuleId, '"   "']],
    );
    assert.equal(findings[0].message, 'Recommendation 1 has an empty text; write the recommendation as the report words it');
  });
});
