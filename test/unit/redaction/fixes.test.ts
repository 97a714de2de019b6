import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../server/src/service/languageService';
import { applyEdits } from '../../../server/src/service/edit/applyEdits';
import { parseSummary } from '../../../server/src/service/parse/parseSummary';
import { hashedEntry } from '../../../server/src/service/redaction/normalize';
import { redactSelection, replaceWithRole } from '../../../server/src/service/redaction/redactCommands';
import { insertListEntry } from '../../../server/src/service/redaction/redactionEdits';
import { emptyWorkspace } from '../../../server/src/service/workspace';
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
    text: 'The Metropolitan Police Service should review Shannon''s contact.' # kept
    addressedTo:
      - All agencies involved in this review
`;

/** Applies the quick fix titled `title` of the first finding of `rule`. */
function applyFix(text: string, rule: string, title: RegExp): string {
  const service = createLanguageService();
  const document = { uri: 'file:///t/fix.review.yaml', version: 1, getText: () => text };
  const finding = service.findings(document).find((f) => f.rule === rule);
  assert.ok(finding, `no ${rule} finding`);
  const fix = finding.fixes?.find((f) => title.test(f.title));
  assert.ok(fix, `no fix ${title} among ${finding.fixes?.map((f) => f.title).join(' | ')}`);
  return applyEdits(text, fix.edits);
}

describe('redaction quick fixes', () => {
  const text = `${head}summary: >-
  Shannon called the police. Later
  Shannon said that she was afraid.
${recs}`;

  test('replace with a role everywhere at once, capitalised at a sentence start, in every style', () => {
    const fixed = applyFix(text, redactionRuleIds.personName, /with "a family member"/);
    assert.equal(
      fixed,
      `${head}summary: >-
  A family member called the police. Later
  a family member said that she was afraid.
${recs.replace("review Shannon''s", "review a family member''s")}`,
    );
  });

  test('add to redaction.allow creates the block with minimal edits', () => {
    const fixed = applyFix(text, redactionRuleIds.personName, /to redaction\.allow/);
    assert.equal(fixed, `${text.trimEnd()}\nredaction:\n  allow:\n    - Shannon\n`);
  });

  test('add to redaction.names as a hash', () => {
    const fixed = applyFix(text, redactionRuleIds.personName, /as a hash/);
    assert.equal(fixed, `${text.trimEnd()}\nredaction:\n  names:\n    - ${hashedEntry('Shannon')}\n`);
    // ... after which the name is a declared name, found through its hash.
    const service = createLanguageService();
    const rules = service.findings({ uri: 'file:///t/h.review.yaml', version: 1, getText: () => fixed }).map((f) => f.rule);
    assert.deepEqual(
      rules.filter((r) => r.startsWith('redaction/')),
      [redactionRuleIds.declaredName, redactionRuleIds.declaredName, redactionRuleIds.declaredName],
    );
  });

  test('a declared name points at its entry, and offers the roles, the first preferred', () => {
    const declared = `${text}redaction:\n  names: [Shannon]\n`;
    const service = createLanguageService();
    const finding = service
      .findings({ uri: 'file:///t/d.review.yaml', version: 1, getText: () => declared })
      .find((f) => f.rule === redactionRuleIds.declaredName)!;
    assert.deepEqual(
      finding.related?.map((r) => declared.slice(r.start, r.end)),
      ['Shannon'],
    );
    assert.equal(finding.related?.[0].start, declared.lastIndexOf('Shannon'));
    assert.equal(finding.fixes?.[0].preferred, true);
    const fixed = applyFix(declared, redactionRuleIds.declaredName, /with "the victim"/);
    assert.ok(fixed.includes('The victim called the police'));
    assert.ok(fixed.includes("review the victim''s contact"));
  });
});

describe('inserting into the redaction lists', () => {
  const base = `${head}summary: The review.\n${recs}`;
  const insert = (text: string, list: 'names' | 'allow', entry: string) => {
    const edit = insertListEntry(parseSummary(text), list, entry);
    assert.ok(edit);
    return applyEdits(text, [edit]);
  };

  test('block list: a new item under the last, comments kept', () => {
    const text = `${base}redaction:\n  names:\n    - Jane # the victim\n  allow:\n    - Grace Road\n`;
    assert.equal(
      insert(text, 'names', "O'Neill"),
      `${base}redaction:\n  names:\n    - Jane # the victim\n    - O'Neill\n  allow:\n    - Grace Road\n`,
    );
  });

  test('flow list, empty flow list, missing list, empty block', () => {
    assert.equal(insert(`${base}redaction:\n  names: [Jane]\n`, 'names', 'Ann'), `${base}redaction:\n  names: [Jane, Ann]\n`);
    assert.equal(insert(`${base}redaction:\n  names: []\n`, 'names', 'Ann'), `${base}redaction:\n  names: [Ann]\n`);
    assert.equal(
      insert(`${base}redaction:\n  allow:\n    - Hope\n`, 'names', 'Ann'),
      `${base}redaction:\n  names:\n    - Ann\n  allow:\n    - Hope\n`,
    );
    assert.equal(insert(`${base}redaction:\n`, 'allow', 'Hope'), `${base}redaction:\n  allow:\n    - Hope\n`);
  });

  test('redaction before recommendations, CRLF line ends, a text that needs quotes', () => {
    const text = `${head}redaction:\r\n  names:\r\n    - Jane\r\n${recs}`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
    assert.equal(insert(text, 'names', 'yes'), text.replace('    - Jane\r\n', '    - Jane\r\n    - "yes"\r\n'));
  });
});

describe('the redaction commands', () => {
  const text = `${head}summary: "Adult A told \\u0041dult A's friend; adult a was seen."\n${recs}`;
  const parsed = parseSummary(text);
  const at = text.indexOf('Adult A');

  test('replace with a typed role: every occurrence, escapes and case included', () => {
    const result = replaceWithRole(parsed, { start: at, end: at + 7 }, 'the neighbour');
    assert.ok(!('error' in result));
    assert.equal(result.count, 3);
    assert.ok(applyEdits(text, result.edits).includes('summary: "The neighbour told the neighbour\'s friend; the neighbour was seen."'));
  });

  test('a role that is not words is refused', () => {
    assert.ok('error' in replaceWithRole(parsed, { start: at, end: at + 7 }, 'x: y'));
  });

  test('redact selection as: adds the name (plain or hashed) and replaces it', () => {
    const plain = redactSelection(parsed, { start: at, end: at + 7 }, 'the victim', false, emptyWorkspace);
    assert.ok(!('error' in plain));
    const out = applyEdits(text, plain.edits);
    assert.ok(out.endsWith('redaction:\n  names:\n    - Adult A\n'));
    const hashed = redactSelection(parsed, { start: at, end: at + 7 }, 'the victim', true, emptyWorkspace);
    assert.ok(!('error' in hashed));
    assert.ok(applyEdits(text, hashed.edits).endsWith(`    - ${hashedEntry('adult a')}\n`));
  });

  test('an empty selection takes the word under the cursor; a name already declared is not added twice', () => {
    const declared = `${text}redaction:\n  names: [Shannon]\n`;
    const cursor = declared.indexOf('Shannon') + 2;
    const result = redactSelection(parseSummary(declared), { start: cursor, end: cursor }, 'a friend', false, emptyWorkspace);
    assert.ok(!('error' in result));
    assert.equal(result.words, 'Shannon');
    assert.equal(result.edits.length, 1);
  });
});

describe('identifier fixes', () => {
  test('a full date written in words can be cut back to its month and year', () => {
    const text = `${head}summary: The victim was killed on 9th December 2020 at home; see 12/04/2019.\n${recs}`;
    const fixed = applyFix(text, redactionRuleIds.identifier, /month and year/);
    assert.ok(fixed.includes('killed on December 2020 at home; see 12/04/2019.'));
    const service = createLanguageService();
    const numeric = service
      .findings({ uri: 'file:///t/n.review.yaml', version: 1, getText: () => text })
      .filter((f) => f.rule === redactionRuleIds.identifier);
    assert.equal(numeric.length, 2);
    assert.equal(numeric[1].fixes, undefined, 'a numeric date has no month in words to keep');
  });
});
