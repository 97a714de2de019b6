import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../server/src/service/languageService';
import { hashedEntry } from '../../../server/src/service/redaction/normalize';
import { isRedactionListUri, readRedactionList } from '../../../server/src/service/redaction/workspaceList';
import { FolderWorkspaces } from '../../../server/src/workspace/folderWorkspace';
import { redactionRuleIds } from '../../../server/src/service/redaction/redactionChecker';
import { schemaRuleIds } from '../../../server/src/service/schema/schemaValidation';

const summary = `title: Brent review
csp: Brent
published: 2023-08
yearOfDeath: 2020
source:
  url: https://example.org/brent.pdf
summary: Kayleigh's friend saw her at Grace Road Surgery near Albert Court.
recommendations:
  - number: 1
    text: All agencies involved in this review should share risk information.
    addressedTo:
      - All agencies involved in this review
`;

describe('workspace redaction list', () => {
  test('entries from a list apply to every summary: names (plain or hashed) and allowed texts', () => {
    const service = createLanguageService({
      workspace: { redactionNames: [hashedEntry('Kayleigh')], redactionAllow: ['Grace Road Surgery'] },
    });
    const findings = service
      .findings({ uri: 'file:///w/a.review.yaml', version: 1, getText: () => summary })
      .filter((f) => f.rule.startsWith('redaction/'));
    assert.deepEqual(
      findings.map((f) => [f.rule, summary.slice(f.start, f.end)]),
      [[redactionRuleIds.declaredName, 'Kayleigh']],
    );
    assert.match(findings[0].message, /workspace redaction list/);
  });

  test("an agency of the workspace catalogue is not a person's name", () => {
    const text = summary.replace(
      "Kayleigh's friend saw her at Grace Road Surgery near Albert Court.",
      'Staff referred her to Chloe Fairbrother for advice.',
    );
    const redactionOf = (service: ReturnType<typeof createLanguageService>) =>
      service
        .findings({ uri: 'file:///w/b.review.yaml', version: 1, getText: () => text })
        .filter((f) => f.rule.startsWith('redaction/'))
        .map((f) => text.slice(f.start, f.end));
    assert.deepEqual(redactionOf(createLanguageService()), ['Chloe Fairbrother']);
    const catalogue = {
      uri: 'file:///w/review-summaries.agencies.yaml',
      text: 'agencies:\n  - name: Chloe Fairbrother\n    kind: voluntary sector\n',
    };
    assert.deepEqual(redactionOf(createLanguageService({ workspace: { agencyCatalogues: [catalogue] } })), []);
  });

  test('the list file is recognised and read; bad entries are left out', () => {
    assert.ok(isRedactionListUri('file:///w/review-summaries.redaction.yaml'));
    assert.ok(!isRedactionListUri('file:///w/other.redaction.yaml'));
    assert.deepEqual(readRedactionList('names: [Jane, 7, "sha256:abc"]\nallow:\n  - Hope\n'), { names: ['Jane'], allow: ['Hope'] });
    assert.deepEqual(readRedactionList('- not a mapping\n'), { names: [], allow: [] });
  });

  test('the list file is validated against its own schema, each problem on its node', () => {
    const service = createLanguageService();
    const text = 'names:\n  - Jane\n  - sha256:XYZ\nallowed: [Hope]\nallow: Hope\n';
    const findings = service.findings({ uri: 'file:///w/review-summaries.redaction.yaml', version: 1, getText: () => text });
    assert.deepEqual(
      findings.map((f) => [f.rule, text.slice(f.start, f.end)]),
      [
        [schemaRuleIds.invalidValue, 'sha256:XYZ'],
        [schemaRuleIds.unknownField, 'allowed'],
        [schemaRuleIds.wrongType, 'Hope'],
      ],
    );
  });

  test('a list is read from disk for the summaries in its folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'redaction-list-'));
    try {
      writeFileSync(join(root, 'review-summaries.redaction.yaml'), 'names: [Jane Smith]\nallow: [Hope]\n');
      const data = new FolderWorkspaces().forFile(join(root, 'a.review.yaml'));
      assert.deepEqual([data.redactionNames, data.redactionAllow], [['Jane Smith'], ['Hope']]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
