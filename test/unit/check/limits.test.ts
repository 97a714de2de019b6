// The limits are settings, and hitting one is always said in a diagnostic, never silent.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../server/src/service/languageService';
import { defaultSettings } from '../../../server/src/service/settings';
import { fixturesDir } from '../../support/paths';
import { schemaRuleIds } from '../../../server/src/service/schema/schemaValidation';
import { checkRuleIds } from '../../../server/src/service/check/runChecks';
import { yamlRuleIds } from '../../../server/src/service/rules/yamlRules';

const valid = readFileSync(join(fixturesDir, 'schema', 'valid-minimal.review.yaml'), 'utf8');
const doc = (text: string) => ({ uri: 'file:///limits.review.yaml', version: 1, getText: () => text });

describe('maxFileSize', () => {
  // A schema mistake (a quoted year) and a YAML one (an anchor) in one file.
  const text = valid.replace('yearOfDeath: 2020', 'yearOfDeath: "2020"').replace('csp: Westshire', 'csp: &c Westshire');

  test('has a default and is used', () => {
    assert.ok(defaultSettings.maxFileSize >= 1_000_000);
    const rules = createLanguageService()
      .findings(doc(text))
      .map((f) => f.rule);
    assert.ok(rules.includes(schemaRuleIds.wrongType));
    assert.ok(!rules.includes(checkRuleIds.fileTooLarge));
  });

  test('over the limit: only the YAML checks, and an information diagnostic that says so', () => {
    const findings = createLanguageService({ settings: { maxFileSize: 100 } }).findings(doc(text));
    const rules = findings.map((f) => f.rule).sort();
    assert.deepEqual(rules, [checkRuleIds.fileTooLarge, yamlRuleIds.anchorOrAlias]);
    const limit = findings.find((f) => f.rule === checkRuleIds.fileTooLarge)!;
    assert.equal(limit.severity, 'information');
    assert.match(limit.message, new RegExp(`${text.length} characters.*maxFileSize \\(100\\)`));
    assert.deepEqual([limit.start, limit.end], [0, text.indexOf('\n')]);
  });

  test('exactly at the limit the file is still checked fully', () => {
    const rules = createLanguageService({ settings: { maxFileSize: text.length } })
      .findings(doc(text))
      .map((f) => f.rule);
    assert.ok(rules.includes(schemaRuleIds.wrongType));
    assert.ok(!rules.includes(checkRuleIds.fileTooLarge));
  });

  test('the notice can be turned off like any rule, and a bad setting falls back to the default', () => {
    assert.deepEqual(
      createLanguageService({ settings: { maxFileSize: 100, rules: { [checkRuleIds.fileTooLarge]: 'off' } } })
        .findings(doc(text))
        .map((f) => f.rule),
      [yamlRuleIds.anchorOrAlias],
    );
    assert.equal(createLanguageService({ settings: { maxFileSize: -5 } }).getSettings().maxFileSize, defaultSettings.maxFileSize);
  });
});

describe('maxDiagnostics', () => {
  // Twelve unknown keys: twelve errors, besides whatever other rules say about the file.
  const unknown = Array.from({ length: 12 }, (_, i) => `extra${i}: x`).join('\n') + '\n';
  const text = valid + unknown;

  test('at most that many, the most severe first, and the last diagnostic says how many were left out', () => {
    const findings = createLanguageService({ settings: { maxDiagnostics: 5 } }).findings(doc(text));
    assert.equal(findings.length, 6);
    const notice = findings.find((f) => f.rule === checkRuleIds.tooManyDiagnostics)!;
    assert.equal(notice.severity, 'information');
    const total = createLanguageService().findings(doc(text)).length;
    assert.match(notice.message, new RegExp(`^${total - 5} more problem`));
    assert.match(notice.message, /maxDiagnostics is 5/);
    assert.ok(findings.filter((f) => f !== notice).every((f) => f.severity === 'error'));
  });

  test('under the cap nothing is dropped and no notice is added', () => {
    const findings = createLanguageService({ settings: { maxDiagnostics: 1000 } }).findings(doc(text));
    assert.ok(findings.length >= 12);
    assert.ok(!findings.some((f) => f.rule === checkRuleIds.tooManyDiagnostics));
  });
});
