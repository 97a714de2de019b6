import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../server/src/service/languageService';
import { applyEdits } from '../../../server/src/service/edit/applyEdits';
import type { FileEdit } from '../../../server/src/service/types';
import { fixturesDir } from '../../support/paths';
import { agencyRuleIds } from '../../../server/src/service/rules/agencyRules';
import { schemaRuleIds } from '../../../server/src/service/schema/schemaValidation';

const dir = join(fixturesDir, 'agency-fixes');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');

/** Applies the first fix of every finding of `rule` (or of any of the rules; they never overlap) and returns the text. */
function applyRuleFixes(text: string, rule: string | readonly string[], options: Parameters<typeof createLanguageService>[0] = {}): string {
  const service = createLanguageService(options);
  const rules = typeof rule === 'string' ? [rule] : rule;
  const findings = service
    .findings({ uri: 'file:///ws/fix.review.yaml', version: 1, getText: () => text })
    .filter((f) => rules.includes(f.rule));
  assert.ok(findings.length > 0, `no ${rule} findings`);
  const edits = findings.flatMap((finding) => finding.fixes?.[0]?.edits ?? []);
  return applyEdits(text, edits);
}

/**
 * Applies the rules' fixes as a person would, again while the rules still find something (a text
 * made a list item may then be split): at most three rounds.
 */
function applyFixesInTurn(text: string, rule: string | readonly string[]): string {
  const rules = typeof rule === 'string' ? [rule] : rule;
  let out = applyRuleFixes(text, rule);
  for (let round = 1; round < 3 && rulesOf(out).some((found) => rules.includes(found)); round++) out = applyRuleFixes(out, rule);
  return out;
}

function rulesOf(text: string): string[] {
  return createLanguageService()
    .findings({ uri: 'file:///ws/after.review.yaml', version: 1, getText: () => text })
    .map((f) => f.rule);
}

/** Inserts LSP-positioned file edits into `text` (line/character, as the client would). */
function applyFileEdits(text: string, edits: FileEdit[]): string {
  const lines = text.split('\n');
  const offsets = lines.map((_, i) => lines.slice(0, i).reduce((sum, line) => sum + line.length + 1, 0));
  const sorted = [...edits].sort((a, b) => b.position.line - a.position.line || b.position.character - a.position.character);
  let out = text;
  for (const edit of sorted) {
    const at = offsets[edit.position.line] + edit.position.character;
    out = out.slice(0, at) + edit.newText + out.slice(at);
  }
  return out;
}

describe('agency quick fixes, applied and compared with expected files', () => {
  // "A | B" written as one text where the list belongs is split by schema/wrong-type's fix (one
  // diagnostic for one mistake); the other combined items by agency/combined's.
  const splitRules = [agencyRuleIds.combined, schemaRuleIds.wrongType];
  for (const [name, rule] of [
    ['combined', splitRules],
    ['abbreviation', agencyRuleIds.abbreviation],
    ['did-you-mean', agencyRuleIds.didYouMean],
    ['inconsistent', agencyRuleIds.inconsistent],
  ] as const) {
    test(`${rule.toString()}: ${name}.before.yaml → ${name}.after.yaml`, () => {
      assert.equal(applyFixesInTurn(read(`${name}.before.yaml`), rule), read(`${name}.after.yaml`));
    });
    test(`${rule.toString()}: the same with CRLF line ends`, () => {
      const crlf = (s: string): string => s.replace(/\n/g, '\r\n');
      assert.equal(applyFixesInTurn(crlf(read(`${name}.before.yaml`)), rule), crlf(read(`${name}.after.yaml`)));
    });
  }

  test('after splitting, no item names two agencies and the YAML is still valid', () => {
    const after = applyFixesInTurn(read('combined.before.yaml'), splitRules);
    const rules = rulesOf(after);
    assert.ok(!rules.includes(agencyRuleIds.combined), rules.join());
    assert.ok(!rules.some((r) => r.startsWith('yaml/') || r.startsWith('schema/')), rules.join());
  });

  test('after the abbreviation and did-you-mean fixes nothing is left for those rules', () => {
    for (const [name, rule] of [
      ['abbreviation', agencyRuleIds.abbreviation],
      ['did-you-mean', agencyRuleIds.didYouMean],
    ] as const) {
      const rules = rulesOf(applyRuleFixes(read(`${name}.before.yaml`), rule));
      assert.ok(!rules.includes(rule), `${name}: ${rules.join()}`);
    }
  });
});

describe('"Add to workspace catalogue"', () => {
  const summary = read('did-you-mean.after.yaml').replace('[Essex Safeguarding Adults Board]', '[Grace Road Surgery]');

  function addFix(workspace: Parameters<typeof createLanguageService>[0]) {
    const service = createLanguageService(workspace);
    const finding = service
      .findings({ uri: 'file:///ws/a.review.yaml', version: 1, getText: () => summary })
      .find((f) => f.rule === agencyRuleIds.unknown);
    assert.ok(finding, 'an agency/unknown finding');
    return finding.fixes?.[0];
  }

  test('creates review-summaries.agencies.yaml in the first workspace folder, valid against its schema', () => {
    const fix = addFix({ workspace: { workspaceFolders: ['file:///ws/', 'file:///other'] } });
    assert.ok(fix?.fileEdits?.length === 1);
    const [edit] = fix.fileEdits;
    assert.equal(edit.uri, 'file:///ws/review-summaries.agencies.yaml');
    assert.equal(edit.create, true);
    const created = applyFileEdits('', [edit]);
    assert.match(created, /^agencies:\n {2}- name: Grace Road Surgery\n {4}kind: NHS trust\n$/m);
    const service = createLanguageService();
    assert.deepEqual(service.findings({ uri: edit.uri, version: 1, getText: () => created }), []);
    // With the new file in the workspace, the summary is clean.
    const withEntry = createLanguageService({ workspace: { agencyCatalogues: [{ uri: edit.uri, text: created }] } });
    assert.deepEqual(
      withEntry.findings({ uri: 'file:///ws/a.review.yaml', version: 1, getText: () => summary }).map((f) => f.rule),
      [],
    );
  });

  test('appends to an existing catalogue after its last entry, comments kept', () => {
    const uri = 'file:///ws/review-summaries.agencies.yaml';
    const before = read('catalogue-append.before.yaml');
    const fix = addFix({ workspace: { agencyCatalogues: [{ uri, text: before }], workspaceFolders: ['file:///ws'] } });
    assert.ok(fix?.fileEdits?.length === 1 && !fix.fileEdits[0].create);
    assert.equal(applyFileEdits(before, fix.fileEdits), read('catalogue-append.after.yaml'));
  });

  for (const [layout, before, after] of [
    ['an empty `agencies:`', 'agencies:\n', 'agencies:\n  - name: Grace Road Surgery\n    kind: NHS trust\n'],
    ['an empty flow list', 'agencies: []  # none yet\n', 'agencies: [{ name: Grace Road Surgery, kind: NHS trust }]  # none yet\n'],
    [
      'a flow list',
      'agencies: [{ name: Westshire Police, kind: police }]\n',
      'agencies: [{ name: Westshire Police, kind: police }, { name: Grace Road Surgery, kind: NHS trust }]\n',
    ],
    ['no `agencies` key yet', '# ours\n', '# ours\nagencies:\n  - name: Grace Road Surgery\n    kind: NHS trust\n'],
    [
      'CRLF line ends',
      'agencies:\r\n  - name: Westshire Police\r\n    kind: police\r\n',
      'agencies:\r\n  - name: Westshire Police\r\n    kind: police\r\n  - name: Grace Road Surgery\r\n    kind: NHS trust\r\n',
    ],
  ] as const) {
    test(`adds the entry to a catalogue with ${layout}, which stays valid`, () => {
      const uri = 'file:///ws/review-summaries.agencies.yaml';
      const fix = addFix({ workspace: { agencyCatalogues: [{ uri, text: before }] } });
      assert.ok(fix?.fileEdits?.length === 1);
      const text = applyFileEdits(before, fix.fileEdits);
      assert.equal(text, after);
      assert.deepEqual(
        createLanguageService()
          .findings({ uri, version: 1, getText: () => text })
          .map((f) => f.rule),
        [],
      );
    });
  }

  test('a catalogue that is not a mapping gets no fix (its own diagnostics say what is wrong)', () => {
    assert.equal(addFix({ workspace: { agencyCatalogues: [{ uri: 'file:///ws/x.agencies.yaml', text: '- a\n' }] } }), undefined);
  });

  test('the CLI (no workspace folder) gets no fix rather than a broken one', () => {
    assert.equal(addFix({}), undefined);
  });
});
