import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseDocument } from 'yaml';
import { createLanguageService } from '../../../server/src/service/languageService';
import { applyEdits } from '../../../server/src/service/edit/applyEdits';
import { fixturesDir } from '../../support/paths';
import { redactionRuleIds } from '../../../server/src/service/redaction/redactionChecker';

const head = `title: Brent review
csp: Brent
published: 2023-08
yearOfDeath: 2020
source:
  url: https://example.org/brent.pdf
`;
const recs = `recommendations:
  - number: 1
    text: All agencies involved in this review should share risk information.
    addressedTo:
      - All agencies involved in this review
`;

function identifierFindings(text: string) {
  const service = createLanguageService();
  return service
    .findings({ uri: 'file:///t/ids.review.yaml', version: 1, getText: () => text })
    .filter((f) => f.rule === redactionRuleIds.identifier);
}

/** Applies the removal fix of the identifier finding on `words`; the result parses and that identifier is gone. */
function removeIdentifier(text: string, words: string, title: string): string {
  const finding = identifierFindings(text).find(
    (f) => text.slice(f.start, f.end) === words || text.slice(f.start, f.end).replace(/\s+/g, ' ') === words,
  );
  assert.ok(finding, `no identifier finding on "${words}"`);
  const fix = finding.fixes?.find((f) => f.title === title);
  assert.ok(fix, `no fix "${title}" among ${JSON.stringify(finding.fixes?.map((f) => f.title))}`);
  const fixed = applyEdits(text, fix.edits);
  assert.deepEqual(parseDocument(fixed).errors, []);
  return fixed;
}

const summary = (body: string) => `${head}summary: ${body}\n${recs}`;

describe('redaction/identifier: "Remove the <kind>" keeps the sentence readable', () => {
  test('an address written with its postcode goes as one, with its commas, for neutral words', () => {
    const text = summary('She was seen at 41 Ashcombe Terrace, PL4 8QT, in May by her GP.');
    const expected = summary('She was seen at their home in May by her GP.');
    assert.equal(removeIdentifier(text, '41 Ashcombe Terrace', 'Remove the address and postcode (write "their home" instead)'), expected);
    assert.equal(removeIdentifier(text, 'PL4 8QT', 'Remove the address and postcode (write "their home" instead)'), expected);
    assert.deepEqual(identifierFindings(expected), []);
  });

  test('a phone number in running text becomes "a phone number"', () => {
    const text = summary('Messages left on +44 7700 900218 were not followed up.');
    assert.equal(
      removeIdentifier(text, '+44 7700 900218', 'Remove the phone number (write "a phone number" instead)'),
      summary('Messages left on a phone number were not followed up.'),
    );
  });

  test('after words that name it, only the identifier goes', () => {
    const text = summary('Her NHS number 943 476 5919 was recorded wrongly.');
    assert.equal(removeIdentifier(text, '943 476 5919', 'Remove the NHS number'), summary('Her NHS number was recorded wrongly.'));
  });

  test('in brackets, the brackets go too', () => {
    const text = summary('Police checked the car (WK17 HXP) twice.');
    assert.equal(removeIdentifier(text, 'WK17 HXP', 'Remove the vehicle registration'), summary('Police checked the car twice.'));
  });

  test('between commas, the pair of commas goes', () => {
    const text = summary('A referral was sent by e-mail, c.doyle02@example.net, to the team.');
    assert.equal(
      removeIdentifier(text, 'c.doyle02@example.net', 'Remove the e-mail address'),
      summary('A referral was sent by e-mail to the team.'),
    );
  });

  test('a folded multi-line scalar: the identifier across a line break is replaced, the other lines stay', () => {
    const text = `${head}summary: >-\n  The agencies never visited 41 Ashcombe\n  Terrace after the move and\n  did not call again.\n${recs}`;
    const fixed = removeIdentifier(text, '41 Ashcombe Terrace', 'Remove the address (write "their home" instead)');
    assert.equal(fixed, `${head}summary: >-\n  The agencies never visited their home after the move and\n  did not call again.\n${recs}`);
  });

  test('a double-quoted scalar: escapes elsewhere stay, the new words need none', () => {
    const text = summary('"She said \\"call me\\" on 07700 900461, but nobody did."');
    assert.equal(
      removeIdentifier(text, '07700 900461', 'Remove the phone number (write "a phone number" instead)'),
      summary('"She said \\"call me\\" on a phone number, but nobody did."'),
    );
  });

  test('a landline, an NI number and a car after the words that name them: those words stay only the words that name them', () => {
    const text = summary('Her landline +44 (0)20 7946 0871 was known; NI number QQ 12 34 56 C, car WK17 HXP.');
    let fixed = removeIdentifier(text, '+44 (0)20 7946 0871', 'Remove the phone number');
    fixed = removeIdentifier(fixed, 'QQ 12 34 56 C', 'Remove the National Insurance number');
    fixed = removeIdentifier(fixed, 'WK17 HXP', 'Remove the vehicle registration');
    assert.equal(fixed, summary('Her landline was known; NI number, car.'));
    assert.deepEqual(identifierFindings(fixed), []);
  });

  test('CRLF and the fixture with every kind: each removable identifier has exactly one removal fix that applies and parses', () => {
    const fixture = readFileSync(join(fixturesDir, 'redaction', 'identifier.review.yaml'), 'utf8').replace(/\n/g, '\r\n');
    const findings = identifierFindings(fixture);
    let withFix = 0;
    for (const finding of findings) {
      const removal = finding.fixes?.filter((f) => f.title.startsWith('Remove the')) ?? [];
      assert.ok(removal.length <= 1);
      if (!removal.length) continue;
      withFix++;
      const fixed = applyEdits(fixture, removal[0].edits);
      assert.deepEqual(parseDocument(fixed).errors, []);
      assert.ok(!fixed.replace(/\r\n/g, '').includes('\n'), 'line ends stay CRLF');
      assert.ok(identifierFindings(fixed).length < findings.length);
    }
    // The two dates have their own fix; the other eight (address and postcode share one) each get a removal.
    assert.equal(withFix, 8);
  });
});
