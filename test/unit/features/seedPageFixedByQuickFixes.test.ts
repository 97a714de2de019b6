import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { createLanguageService } from '../../../server/src/service/languageService';
import { applyEdits } from '../../../server/src/service/edit/applyEdits';
import { fixturesDir } from '../../support/paths';
import { numberRuleIds } from '../../../server/src/service/rules/numbering/numberRules';
import { agencyRuleIds } from '../../../server/src/service/rules/agencyRules';

const uri = 'file:///ws/uttlesford-as-typed.review.yaml';

/**
 * The seed page typed as it appears on the web shows each of its problems,
 * and applying the offered quick fixes one after the other (as a person clicking the lightbulb
 * would: the preferred fix of the first finding that has one) ends with no diagnostics and the
 * recommendations numbered 1..12 in file order.
 */
test('the seed page as typed on the web is fixed by its quick fixes, one after the other', () => {
  let text = readFileSync(join(fixturesDir, 'quick-fixes', 'seed-as-typed.yaml'), 'utf8');
  const service = createLanguageService();
  let version = 1;
  const document = () => ({ uri, version, getText: () => text });
  const findings = () => service.findings(document());
  const initial = new Set(findings().map((f) => f.rule));
  for (const rule of [numberRuleIds.outOfOrder, agencyRuleIds.combined, agencyRuleIds.didYouMean, agencyRuleIds.abbreviation])
    assert.ok(initial.has(rule), `${rule} is shown (${[...initial].join(', ')})`);
  const applied: string[] = [];
  for (let round = 0; round < 60; round++) {
    const current = findings();
    if (current.length === 0) break;
    const fixable = current
      .map((finding) => {
        const fixes = service.fixes(document(), finding);
        return { finding, fix: fixes.find((f) => f.preferred && f.edits.length) ?? fixes.find((f) => f.edits.length) };
      })
      .find((c) => c.fix);
    assert.ok(fixable, `no fix offered for: ${current.map((f) => `${f.rule} ${f.message}`).join(' / ')}`);
    applied.push(`${fixable.finding.rule}: ${fixable.fix!.title}`);
    text = applyEdits(text, fixable.fix!.edits);
    version++;
  }
  assert.deepEqual(
    findings().map((f) => `${f.rule} ${f.message}`),
    [],
    `after: ${applied.join('; ')}`,
  );
  const value = parse(text) as { recommendations: Array<{ number: number; addressedTo: string[] }> };
  assert.deepEqual(
    value.recommendations.map((r) => r.number),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  );
  assert.deepEqual(value.recommendations[1].addressedTo, ['Essex Partnership University NHS Foundation Trust', 'Essex Adult Social Care']);
  assert.deepEqual(value.recommendations[7].addressedTo, [
    'Essex Partnership University NHS Foundation Trust',
    'Commissioners of Essex Partnership University NHS Foundation Trust',
  ]);
  assert.deepEqual(value.recommendations[3].addressedTo, ['Essex Safeguarding Adults Board']);
});
