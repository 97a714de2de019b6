import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../server/src/service/languageService';
import { applyEdits } from '../../../server/src/service/edit/applyEdits';
import { schemaChecker } from '../../../server/src/service/rules/schemaRules';
import { yamlChecker } from '../../../server/src/service/rules/yamlRules';
import { suggest, typoDistance } from '../../../server/src/service/schema/suggest';
import { fixturesDir } from '../../support/paths';
import { schemaRuleIds } from '../../../server/src/service/schema/schemaValidation';

const valid = readFileSync(join(fixturesDir, 'schema', 'valid-minimal.review.yaml'), 'utf8');

function findingsOf(text: string) {
  // Only the YAML and schema checks: this file tests their messages, not the other rules.
  return createLanguageService({ checkers: [yamlChecker, schemaChecker] }).findings({
    uri: 'file:///messages.review.yaml',
    version: 1,
    getText: () => text,
  });
}

describe('schema messages are written for the person editing', () => {
  test('several missing fields of one object make one diagnostic naming them all', () => {
    const text = valid.replace(/recommendations:[\s\S]*$/, 'recommendations:\n  - {}\n');
    const findings = findingsOf(text);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].message, '`number`, `text` and `addressedTo` are missing from the 1st recommendation');
    assert.equal(text.slice(findings[0].start, findings[0].end), '{}');
  });

  test('a missing field says what is missing and gives a short example', () => {
    const [finding] = findingsOf(valid.replace('published: 2023-08\n', ''));
    assert.equal(finding.rule, schemaRuleIds.missingField);
    assert.equal(finding.message, '`published` is missing from the file, such as `published: 2023-08`');
  });

  test('a misspelt key gets "did you mean" and a rename fix that applies cleanly', () => {
    const text = valid.replace('  - number: 1', '  - numbr: 1');
    const [finding] = findingsOf(text);
    assert.equal(finding.rule, schemaRuleIds.unknownField);
    assert.equal(finding.message, '`numbr` is not a field of the 1st recommendation. Did you mean `number`?');
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.equal(fixed, valid);
    assert.deepEqual(findingsOf(fixed), []);
  });

  test('a recommendation or part is named by its position in the file, in words', () => {
    const parts = valid.replace('    addressedTo:', '    parts:\n      - label: a\n        txt: Agree how to share.\n    addressedTo:');
    const twelve = parts.replace(/recommendations:\n([\s\S]*)$/, (_, item: string) => `recommendations:\n${item.repeat(12)}`);
    const messages = findingsOf(twelve).map((finding) => finding.message);
    assert.ok(
      messages.some((m) => m.startsWith('`txt` is not a field of the 1st part of the 2nd recommendation')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.includes('the 1st part of the 11th recommendation')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.includes('the 1st part of the 3rd recommendation')),
      messages.join('\n'),
    );
  });

  test('a transposed key (lable) is one slip from label', () => {
    assert.equal(typoDistance('lable', 'label'), 1);
    assert.equal(suggest('lable', ['label', 'text']), 'label');
    assert.equal(suggest('colour', ['label', 'text']), undefined);
  });

  test('no rename is offered onto a key that is already there', () => {
    const text = valid.replace('  - number: 1', '  - number: 1\n    numbr: 1');
    const [finding] = findingsOf(text);
    assert.match(finding.message, /`number` is already given, so remove this one/);
    assert.equal(finding.fixes, undefined);
  });

  test('an http address is named as such and fixed by adding one "s"', () => {
    const text = valid.replace('https://example.org', 'http://example.org');
    const [finding] = findingsOf(text);
    assert.equal(finding.message, '`url` must be an https address: this one starts with http://');
    assert.deepEqual(findingsOf(applyEdits(text, finding.fixes![0].edits)), []);
  });

  test('a quoted year is fixed by writing it as a number', () => {
    const text = valid.replace('yearOfDeath: 2020', "yearOfDeath: '2020'");
    const [finding] = findingsOf(text);
    assert.equal(finding.rule, schemaRuleIds.wrongType);
    assert.equal(applyEdits(text, finding.fixes![0].edits), valid);
  });

  test('a value whose message gives the answer has a fix that writes it, inside the quotes it had', () => {
    const cases: Array<[string, string, string]> = [
      ['published: 2023-08', 'published: 2023-8', 'Write 2023-08'],
      ['published: 2023-08', 'published: "2023-8"', 'Write 2023-08'],
      ['published: 2023-08', 'published: 2023-08-15', 'Keep the month only: 2023-08'],
      ['yearOfDeath: 2020', "yearOfDeath: '2020-03-04'", 'Keep the year only: 2020'],
    ];
    for (const [good, bad, title] of cases) {
      const text = valid.replace(good, bad);
      const [finding] = findingsOf(text);
      assert.equal(finding.fixes?.[0].title, title, bad);
      const fixed = applyEdits(text, finding.fixes![0].edits);
      assert.equal(fixed, good.startsWith('published') && bad.includes('"') ? valid.replace(good, 'published: "2023-08"') : valid, bad);
      assert.deepEqual(findingsOf(fixed), [], bad);
    }
  });

  test('a part label in capitals or brackets is fixed to the letter alone', () => {
    const withParts = valid.replace(
      '    addressedTo:',
      '    parts:\n      - label: LABEL\n        text: Agree how to share.\n    addressedTo:',
    );
    for (const written of ['A', '(a)', 'a)']) {
      const text = withParts.replace('LABEL', written);
      const [finding] = findingsOf(text);
      assert.equal(finding.fixes?.[0].title, 'Write a', written);
      assert.equal(applyEdits(text, finding.fixes![0].edits), withParts.replace('LABEL', 'a'), written);
    }
  });

  test('a review type outside the list offers each allowed one, the one differing in case preferred', () => {
    const text = valid.replace('yearOfDeath: 2020', 'yearOfDeath: 2020\nreviewType: SCR');
    const [finding] = findingsOf(text);
    assert.deepEqual(
      finding.fixes?.map((fix) => [fix.title, fix.preferred]),
      [
        ['Change to DHR', false],
        ['Change to DARDR', false],
      ],
    );
    assert.deepEqual(findingsOf(applyEdits(text, finding.fixes![1].edits)), []);
    const lower = findingsOf(valid.replace('yearOfDeath: 2020', "yearOfDeath: 2020\nreviewType: 'dardr'"))[0];
    assert.deepEqual(
      lower.fixes?.filter((fix) => fix.preferred).map((fix) => fix.title),
      ['Change to DARDR'],
    );
  });

  test('an empty value is underlined on its key and says it is empty', () => {
    const text = valid.replace('yearOfDeath: 2020', 'yearOfDeath:');
    const [finding] = findingsOf(text);
    assert.equal(text.slice(finding.start, finding.end), 'yearOfDeath');
    assert.match(finding.message, /\(the value is empty\)$/);
  });

  test('two problems on one value are merged into one diagnostic', () => {
    // An empty title breaks both minLength and the non-blank pattern: one diagnostic, one message.
    const findings = findingsOf(valid.replace('title: Westshire review', 'title: ""'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].message, '`title` must be a non-empty text such as "Uttlesford review"');
  });
});
