// Catalogues and redaction lists by folder over the protocol: each open summary gets the files of
// its folder and those above it, and a file changed on disk (workspace/didChangeWatchedFiles) or
// in the editor re-checks the open summaries at once.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../support/lspClient';
import { redactionRuleIds } from '../../server/src/service/redaction/redactionChecker';
import { agencyRuleIds } from '../../server/src/service/rules/agencyRules';

const summary = (agency: string) => `title: Uttlesford review
csp: Uttlesford
published: 2023-08
yearOfDeath: 2020
source:
  url: https://example.org/uttlesford.pdf
summary: Quenby and Rosamund and Thackeray were known to services before the death.
recommendations:
  - number: 1
    text: Agencies should share risk information.
    addressedTo:
      - ${agency}
`;

/** The declared names a publication flags, in text order. */
function declaredIn(params: PublishDiagnosticsParams, text: string): string[] {
  const lines = text.split('\n');
  return params.diagnostics
    .filter((d) => d.code === redactionRuleIds.declaredName)
    .map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character));
}

describe('server over stdio: catalogues and redaction lists by folder', () => {
  let client: TestLspClient;
  let root: string;
  const path = (relative: string) => join(root, relative);
  const uri = (relative: string) => pathToFileURL(path(relative)).toString();
  const north = summary('Quillon Advocacy Service');
  const south = summary('Quillon Advocacy Service');
  const watched = (changes: Array<{ file: string; type: FileChangeType }>) =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: changes.map((c) => ({ uri: uri(c.file), type: c.type })),
    });
  /** Waits until the summary's declared names are `names` (the next publication that says so). */
  const expectDeclared = async (file: string, text: string, names: string[]) => {
    const params = await client.waitForDiagnostics(uri(file), (p) => JSON.stringify(declaredIn(p, text)) === JSON.stringify(names), 10000);
    assert.deepEqual(declaredIn(params, text), names);
    return params;
  };

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'workspace-files-'));
    for (const dir of ['.git', 'north', 'south']) mkdirSync(path(dir), { recursive: true });
    writeFileSync(path('review-summaries.redaction.yaml'), 'names: [Thackeray]\n');
    writeFileSync(path('north/review-summaries.redaction.yaml'), 'names: [Quenby]\n');
    writeFileSync(path('south/review-summaries.redaction.yaml'), 'names: [Rosamund]\n');
    client = new TestLspClient();
    await client.initialize(pathToFileURL(root).toString());
    await client.open(uri('north/a.review.yaml'), north);
    await client.open(uri('south/b.review.yaml'), south);
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  test("each summary gets its folder's list and the one above, not its sibling's", async () => {
    await expectDeclared('north/a.review.yaml', north, ['Quenby', 'Thackeray']);
    await expectDeclared('south/b.review.yaml', south, ['Rosamund', 'Thackeray']);
  });

  test('a list changed on disk re-checks the open summaries below it; a sibling keeps its own', async () => {
    client.clearDiagnostics(uri('north/a.review.yaml'));
    client.clearDiagnostics(uri('south/b.review.yaml'));
    writeFileSync(path('north/review-summaries.redaction.yaml'), 'names: [Rosamund]\n');
    await watched([{ file: 'north/review-summaries.redaction.yaml', type: FileChangeType.Changed }]);
    await expectDeclared('north/a.review.yaml', north, ['Rosamund', 'Thackeray']);
    // The sibling is re-checked too (its diagnostics are published again) and stays as it was.
    await expectDeclared('south/b.review.yaml', south, ['Rosamund', 'Thackeray']);
  });

  test('a list deleted and created on disk: the summaries follow', async () => {
    unlinkSync(path('review-summaries.redaction.yaml'));
    await watched([{ file: 'review-summaries.redaction.yaml', type: FileChangeType.Deleted }]);
    await expectDeclared('north/a.review.yaml', north, ['Rosamund']);
    await expectDeclared('south/b.review.yaml', south, ['Rosamund']);
    writeFileSync(path('review-summaries.redaction.yaml'), 'names: [Quenby]\n');
    await watched([{ file: 'review-summaries.redaction.yaml', type: FileChangeType.Created }]);
    await expectDeclared('north/a.review.yaml', north, ['Quenby', 'Rosamund']);
    await expectDeclared('south/b.review.yaml', south, ['Quenby', 'Rosamund']);
  });

  test('a list edited in the editor applies while typing; closing it unsaved brings back the disk', async () => {
    const list = uri('south/review-summaries.redaction.yaml');
    await client.open(list, 'names: [Rosamund]\n');
    await client.change(list, 2, [{ text: 'names: [Rosamund, Thackeray]\n' }]);
    await expectDeclared('south/b.review.yaml', south, ['Quenby', 'Rosamund', 'Thackeray']);
    await expectDeclared('north/a.review.yaml', north, ['Quenby', 'Rosamund']);
    client.clearDiagnostics(uri('south/b.review.yaml'));
    await client.close(list);
    await expectDeclared('south/b.review.yaml', south, ['Quenby', 'Rosamund']);
  });

  test('a catalogue written on disk in one folder makes its agency known there only', async () => {
    const unknownIn = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === agencyRuleIds.unknown);
    assert.ok(unknownIn(await client.waitForDiagnostics(uri('north/a.review.yaml'))));
    writeFileSync(
      path('north/review-summaries.agencies.yaml'),
      'agencies:\n  - name: Quillon Advocacy Service\n    kind: voluntary sector\n',
    );
    client.clearDiagnostics(uri('south/b.review.yaml'));
    await watched([{ file: 'north/review-summaries.agencies.yaml', type: FileChangeType.Created }]);
    await client.waitForDiagnostics(uri('north/a.review.yaml'), (p) => !unknownIn(p));
    assert.ok(unknownIn(await client.waitForDiagnostics(uri('south/b.review.yaml'))));
  });
});

describe('server over stdio: a list above the workspace folder (which the client cannot watch)', () => {
  let client: TestLspClient;
  let root: string;
  const text = summary('All agencies involved in this review');
  const uri = (relative: string) => pathToFileURL(join(root, relative)).toString();
  const declared = (file: string, names: string[]) =>
    client.waitForDiagnostics(uri(file), (p) => JSON.stringify(declaredIn(p, text)) === JSON.stringify(names), 10000);

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'workspace-above-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'ws/reviews'), { recursive: true });
    writeFileSync(join(root, 'review-summaries.redaction.yaml'), 'names: [Thackeray]\n');
    client = new TestLspClient();
    await client.initialize(pathToFileURL(join(root, 'ws')).toString());
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  test('applies up to the repository root, and is read again when a summary below it is opened', async () => {
    await client.open(uri('ws/reviews/a.review.yaml'), text);
    await declared('ws/reviews/a.review.yaml', ['Thackeray']);
    writeFileSync(join(root, 'review-summaries.redaction.yaml'), 'names: [Quenby]\n');
    await client.open(uri('ws/b.review.yaml'), text);
    await declared('ws/b.review.yaml', ['Quenby']);
    // The summary already open is re-checked with the new list too.
    await declared('ws/reviews/a.review.yaml', ['Quenby']);
  });
});

describe('server over stdio: catalogue files named by the setting', () => {
  test('are watched wherever they are and whatever their name, and a change on disk re-checks', async () => {
    const root = mkdtempSync(join(tmpdir(), 'workspace-listed-'));
    mkdirSync(join(root, 'shared'));
    mkdirSync(join(root, 'reviews'));
    const extra = join(root, 'shared', 'extra [draft].yaml');
    writeFileSync(extra, 'agencies:\n  - name: Zephyr Refuge\n    kind: voluntary sector\n');
    const client = new TestLspClient();
    client.settings = { validationDelay: 0, catalogueFiles: ['shared/extra [draft].yaml'] };
    try {
      await client.initialize(pathToFileURL(root).toString());
      const uri = pathToFileURL(join(root, 'reviews', 'a.review.yaml')).toString();
      const text = summary('Quillon Advocacy Service');
      await client.open(uri, text);
      const unknownAgencies = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === agencyRuleIds.unknown).length;
      await client.waitForDiagnostics(uri, (p) => unknownAgencies(p) === 1);
      // The server asked the client to watch exactly that file (its folder, and its name as a glob).
      const watchers = () =>
        client.registrations
          .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
          .flatMap((r) => (r.registerOptions as { watchers: unknown[] }).watchers);
      // The registration is a request of its own, which may follow the first diagnostics.
      for (let waited = 0; watchers().length === 0 && waited < 10_000; waited += 20)
        await new Promise((resolve) => setTimeout(resolve, 20));
      assert.deepEqual(watchers(), [
        { globPattern: { baseUri: pathToFileURL(join(root, 'shared')).toString(), pattern: 'extra [[]draft[]].yaml' } },
      ]);
      // The file changes on disk, and the client reports it: the summary is checked again.
      writeFileSync(extra, 'agencies:\n  - name: Quillon Advocacy Service\n    kind: voluntary sector\n');
      client.clearDiagnostics(uri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(extra).toString(), type: FileChangeType.Changed }],
      });
      await client.waitForDiagnostics(uri, (p) => unknownAgencies(p) === 0);
    } finally {
      await client.shutdown();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
