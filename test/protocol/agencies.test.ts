import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionList, Hover, MarkupContent, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { TestLspClient, rules } from '../support/lspClient';
import { agencyRuleIds } from '../../server/src/service/rules/agencyRules';
import { schemaRuleIds } from '../../server/src/service/schema/schemaValidation';

const summary = `title: Uttlesford review
csp: Uttlesford
published: 2023-08
yearOfDeath: 2020
source:
  url: https://example.org/uttlesford.pdf
summary: The review found that agencies did not share what they knew.
recommendations:
  - number: 1
    text: The police and the surgery should share information.
    addressedTo:
      - Westshire Police
      - Grace Road Surgery
  - number: 2
    text: EPUT and Essex Adult Social Care to work together.
    addressedTo:
      - EPUT | Essex Adult Social Care
`;

const catalogueText = 'agencies:\n  - name: Westshire Police\n    kind: police\n    area: Westshire\n';

describe('server over stdio: agencies, the workspace catalogue, completion and hover', () => {
  let client: TestLspClient;
  let folder: string;
  let catalogueUri: string;
  // A summary in the workspace folder (never saved): the folder's catalogue applies to it.
  let uri: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'review-summaries-workspace-'));
    writeFileSync(join(folder, 'review-summaries.agencies.yaml'), catalogueText);
    catalogueUri = pathToFileURL(join(folder, 'review-summaries.agencies.yaml')).toString();
    uri = pathToFileURL(join(folder, 'agencies.review.yaml')).toString();
    client = new TestLspClient();
    await client.initialize(pathToFileURL(folder).toString());
  });
  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  test('the workspace catalogue on disk is used: its agency is known, others are not', async () => {
    await client.open(uri, summary);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(rules(diagnostics), [agencyRuleIds.combined, agencyRuleIds.unknown]);
    const unknown = diagnostics.find((d) => d.code === agencyRuleIds.unknown)!;
    assert.deepEqual(unknown.range, { start: { line: 12, character: 8 }, end: { line: 12, character: 26 } });
  });

  test('"Add to workspace catalogue" appends to the catalogue file, and the split fix is versioned', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 12, character: 10 }, end: { line: 12, character: 10 } },
      context: { diagnostics: [] },
    });
    const add = actions.find((a) => a.title === 'Add "Grace Road Surgery" to the workspace catalogue');
    assert.ok(add, actions.map((a) => a.title).join());
    const change = add.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.uri, catalogueUri);
    assert.equal((change.edits[0] as TextEdit).newText, '\n  - name: Grace Road Surgery\n    kind: NHS trust');
    assert.deepEqual(change.edits[0].range.start, { line: 3, character: 19 });

    const split = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 16, character: 9 }, end: { line: 16, character: 9 } },
      context: { diagnostics: [] },
    });
    const splitAction = split.find((a) => a.title === 'Split into 2 list items')!;
    const edit = splitAction.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(edit.textDocument.version, 1);
    assert.equal((edit.edits[0] as TextEdit).newText, 'EPUT\n      - Essex Adult Social Care');
  });

  test('editing the open catalogue applies to open summaries at once', async () => {
    await client.open(catalogueUri, catalogueText);
    const catalogueDiagnostics = await client.waitForDiagnostics(catalogueUri);
    assert.deepEqual(catalogueDiagnostics.diagnostics, []);
    client.clearDiagnostics(uri);
    await client.change(catalogueUri, 2, [
      {
        range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
        text: '  - name: Grace Road Surgery\n    kind: NHS trust\n',
      },
    ]);
    const republished = await client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === agencyRuleIds.unknown));
    assert.deepEqual(rules(republished.diagnostics), [agencyRuleIds.combined]);
  });

  test('a catalogue file is checked against its own schema, with located diagnostics', async () => {
    client.clearDiagnostics(catalogueUri);
    await client.change(catalogueUri, 3, [
      { range: { start: { line: 2, character: 10 }, end: { line: 2, character: 16 } }, text: 'polise' },
    ]);
    const { diagnostics } = await client.waitForDiagnostics(catalogueUri, (p) => p.version === 3);
    assert.deepEqual(rules(diagnostics), [schemaRuleIds.invalidValue]);
    assert.deepEqual(diagnostics[0].range, { start: { line: 2, character: 10 }, end: { line: 2, character: 16 } });
    // The broken entry drops out of the catalogue, so Westshire Police is a near miss of Wiltshire Police again.
    const again = await client.waitForDiagnostics(uri, (p) =>
      p.diagnostics.some((d) => d.code === agencyRuleIds.didYouMean && d.range.start.line === 11),
    );
    assert.match(again.diagnostics.find((d) => d.range.start.line === 11)!.message as string, /Wiltshire Police/);
    // Closing the unsaved catalogue brings back the file on disk.
    client.clearDiagnostics(uri);
    await client.close(catalogueUri);
    const restored = await client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.range.start.line === 11));
    assert.deepEqual(rules(restored.diagnostics), [agencyRuleIds.combined, agencyRuleIds.unknown]);
  });

  test('completion of agency names over the protocol', async () => {
    const completionUri = 'file:///virtual/complete.review.yaml';
    await client.open(completionUri, 'recommendations:\n  - number: 1\n    text: t\n    addressedTo:\n      - adults board\n');
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: completionUri },
      position: { line: 4, character: 18 },
    });
    assert.equal(list.isIncomplete, true);
    assert.equal(list.items[0].label, 'Essex Safeguarding Adults Board');
    assert.deepEqual(list.items[0].textEdit, {
      range: { start: { line: 4, character: 8 }, end: { line: 4, character: 20 } },
      newText: 'Essex Safeguarding Adults Board',
    });
    const keys = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: completionUri },
      position: { line: 0, character: 0 },
    });
    assert.ok(keys.items.some((item) => item.label === 'title'));
  });

  test('hover on an agency and on a key over the protocol', async () => {
    const agency = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 16, character: 9 } });
    assert.equal(agency, null, 'a combined item is not one agency');
    const police = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 11, character: 12 } });
    assert.match((police.contents as MarkupContent).value, /\*\*Westshire Police\*\*/);
    assert.match((police.contents as MarkupContent).value, /workspace catalogue/);
    const key = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 3 } });
    assert.match((key.contents as MarkupContent).value, /\*\*Year of death\*\*/);
  });
});
