import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseDocument } from 'yaml';
import { createLanguageService } from '../../../server/src/service/languageService';
import { applyEdits } from '../../../server/src/service/edit/applyEdits';
import { fixturesDir } from '../../support/paths';
import { schemaRuleIds } from '../../../server/src/service/schema/schemaValidation';
import { consistencyRuleIds } from '../../../server/src/service/rules/consistency/consistencyRules';
import { agencyRuleIds } from '../../../server/src/service/rules/agencyRules';

const valid = readFileSync(join(fixturesDir, 'schema', 'valid-minimal.review.yaml'), 'utf8');

function findingsOf(text: string) {
  return createLanguageService().findings({ uri: 'file:///missing.review.yaml', version: 1, getText: () => text });
}

function rulesOf(text: string): string[] {
  return findingsOf(text)
    .map((f) => f.rule)
    .sort();
}

/** Applies the missing-field fix, checks the result parses, and returns it with the rules still reported. */
function applyAddFix(text: string, title: string): { fixed: string; rules: string[] } {
  const finding = findingsOf(text).find((f) => f.rule === schemaRuleIds.missingField);
  assert.ok(finding, 'a missing-field finding');
  const fix = finding.fixes?.find((f) => f.title === title);
  assert.ok(fix, `fix "${title}" in ${JSON.stringify(finding.fixes?.map((f) => f.title))}`);
  const fixed = applyEdits(text, fix.edits);
  assert.deepEqual(parseDocument(fixed).errors, []);
  const rules = rulesOf(fixed);
  assert.ok(!rules.includes(schemaRuleIds.missingField), rules.join(', '));
  return { fixed, rules };
}

describe('schema/missing-field: "Add `field`" inserts a placeholder at the schema-ordered place', () => {
  test('top-level summary goes after source as a folded block; only the placeholder is short', () => {
    const text = valid.replace(/summary:.*\n/, '');
    const { fixed, rules } = applyAddFix(text, 'Add `summary`');
    assert.equal(fixed, valid.replace(/summary:.*\n/, 'summary: >-\n  To be written: what the review found.\n'));
    // The placeholder is (deliberately) a short summary: that is the one finding the fix adds.
    assert.deepEqual(rules, [...rulesOf(valid), consistencyRuleIds.shortSummary].sort());
  });

  test('CRLF files keep CRLF', () => {
    const text = valid.replace(/summary:.*\n/, '').replace(/\n/g, '\r\n');
    const { fixed } = applyAddFix(text, 'Add `summary`');
    assert.equal(fixed, valid.replace(/summary:.*\n/, 'summary: >-\n  To be written: what the review found.\n').replace(/\n/g, '\r\n'));
  });

  test('a field whose predecessors are all missing goes before the first key', () => {
    const text = valid.replace(/title:.*\n/, '');
    const { fixed } = applyAddFix(text, 'Add `title`');
    assert.equal(fixed, `title: Title of the review\n${text}`);
  });

  test('a recommendation lacking its number gets it on the dash line, at the mapping indentation', () => {
    const text = valid.replace('  - number: 1\n    text:', '  - text:');
    const { fixed } = applyAddFix(text, 'Add `number`');
    assert.equal(fixed, valid);
  });

  test('several missing fields of a recommendation, block mapping', () => {
    const text = valid.replace(/recommendations:[\s\S]*$/, 'recommendations:\n  - number: 1\n    # a comment stays\n');
    const { fixed, rules } = applyAddFix(text, 'Add the missing fields');
    assert.equal(
      fixed,
      text.replace(
        '  - number: 1\n',
        '  - number: 1\n    text: >-\n      To be written: the recommendation.\n    addressedTo:\n      - Name of the agency\n',
      ),
    );
    // The placeholder agency is not in the catalogue, so the agency rules ask for a real one.
    assert.deepEqual(
      rules.filter((rule) => !rulesOf(valid).includes(rule)),
      [agencyRuleIds.unknown],
    );
  });

  test('an empty flow mapping is filled in flow style', () => {
    const text = valid.replace(/recommendations:[\s\S]*$/, 'recommendations:\n  - {}\n');
    const { fixed } = applyAddFix(text, 'Add the missing fields');
    assert.equal(fixed, text.replace('{}', '{number: 1, text: "To be written: the recommendation.", addressedTo: ["Name of the agency"]}'));
  });

  test('a flow mapping gets the field after its predecessor', () => {
    const text = valid.replace(/recommendations:[\s\S]*$/, 'recommendations:\n  - {number: 1, addressedTo: [Essex Police]}\n');
    const { fixed } = applyAddFix(text, 'Add `text`');
    assert.equal(fixed, text.replace('number: 1,', 'number: 1, text: "To be written: the recommendation.",'));
  });

  test('a part lacking its label gets the letter of its place', () => {
    const text = valid.replace(
      /recommendations:[\s\S]*$/,
      'recommendations:\n  - number: 1\n    text: Agencies should act.\n    parts:\n      - label: a\n        text: First thing.\n      - text: Second thing.\n    addressedTo:\n      - Essex Police\n',
    );
    const { fixed } = applyAddFix(text, 'Add `label`');
    assert.equal(fixed, text.replace('      - text: Second thing.', '      - label: b\n        text: Second thing.'));
  });

  test('a missing source becomes a mapping with its url', () => {
    const text = valid.replace(/source:\n.*\n/, '');
    const { fixed } = applyAddFix(text, 'Add `source`');
    assert.ok(fixed.includes('source:\n  url: https://\n'), fixed);
  });

  test('a file with no final line break', () => {
    const text =
      'title: A\ncsp: B\npublished: 2023-08\nyearOfDeath: 2020\nsource:\n  url: https://example.org/a.pdf\nrecommendations:\n  - {number: 1, text: Agencies should act on this now., addressedTo: [Essex Police]}\nsummary: x';
    const { fixed } = applyAddFix(text.replace('\nsummary: x', ''), 'Add `summary`');
    assert.ok(fixed.includes('url: https://example.org/a.pdf\nsummary: >-\n'), fixed);
  });
});
