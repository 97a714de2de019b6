import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { redactSelectionRequest, replaceWithRoleRequest, type RedactionEditResponse } from '../../common/protocol/redactionProtocol';
import { TestLspClient } from '../support/lspClient';
import { redactionRuleIds } from '../../server/src/service/redaction/redactionChecker';
import { schemaRuleIds } from '../../server/src/service/schema/schemaValidation';

const text = `title: Brent review
csp: Brent
published: 2023-08
yearOfDeath: 2020
source:
  url: https://example.org/brent.pdf
summary: >-
  The victim's friend Shannon called the police. Later
  Shannon said that Kayleigh was afraid.
recommendations:
  - number: 1
    text: 'The Metropolitan Police Service should review Shannon''s contact.'
    addressedTo:
      - All agencies involved in this review
`;

/** Applies the edits of a versioned workspace edit to the text. */
function applyEdit(source: string, edit: WorkspaceEdit): string {
  const change = edit.documentChanges?.[0] as { edits: TextEdit[] } | undefined;
  assert.ok(change, 'a documentChanges edit');
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, source), change.edits);
}

describe('server over stdio: redaction', () => {
  let client: TestLspClient;
  let folder: string;
  before(async () => {
    // A workspace whose shared redaction list declares "Kayleigh".
    folder = mkdtempSync(join(tmpdir(), 'redaction-ws-'));
    writeFileSync(join(folder, 'review-summaries.redaction.yaml'), 'names:\n  - Kayleigh\n');
    client = new TestLspClient();
    await client.initialize(pathToFileURL(folder).toString());
  });
  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  test('findings on the exact words, the workspace list applied', async () => {
    const uri = pathToFileURL(join(folder, 'a.review.yaml')).toString();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) =>
      p.diagnostics.some((d) => d.code === redactionRuleIds.declaredName),
    );
    const redaction = diagnostics.filter((d) => String(d.code).startsWith('redaction/'));
    const lines = text.split('\n');
    assert.deepEqual(
      redaction.map((d) => [d.code, lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)]),
      [
        [redactionRuleIds.personName, 'Shannon'],
        [redactionRuleIds.personName, 'Shannon'],
        [redactionRuleIds.declaredName, 'Kayleigh'],
        [redactionRuleIds.personName, 'Shannon'],
      ],
    );
    await client.close(uri);
  });

  test('a quick fix replaces every occurrence with a role', async () => {
    const uri = pathToFileURL(join(folder, 'b.review.yaml')).toString();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const shannon = diagnostics.find((d) => d.code === redactionRuleIds.personName)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: shannon.range,
      context: { diagnostics: [shannon] },
    });
    const replace = actions.find((a) => a.title.includes('"a family member"'));
    assert.ok(replace?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    const fixed = applyEdit(text, replace.edit);
    assert.ok(fixed.includes('friend a family member called the police. Later\n  a family member said that'));
    assert.ok(fixed.includes("review a family member''s contact"));
    const typed = actions.find((a) => a.command?.command === 'reviewSummaries.redaction.replaceWithTypedRole');
    assert.ok(typed, 'a fix that asks for a role');
    assert.ok(actions.some((a) => a.title.includes('redaction.allow')));
    await client.close(uri);
  });

  test('the commands: replace with a typed role, and redact selection as (hashed)', async () => {
    const uri = pathToFileURL(join(folder, 'c.review.yaml')).toString();
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
    const line = 7;
    const character = text.split('\n')[line].indexOf('Shannon');
    const range = { start: { line, character }, end: { line, character: character + 'Shannon'.length } };
    const replaced = await client.request<RedactionEditResponse>(replaceWithRoleRequest, { uri, range, role: 'the neighbour' });
    assert.equal(replaced.count, 3);
    assert.ok(applyEdit(text, replaced.edit!).includes('friend the neighbour called'));

    const redacted = await client.request<RedactionEditResponse>(redactSelectionRequest, { uri, range, role: 'a friend', hashed: true });
    const out = applyEdit(text, redacted.edit!);
    assert.match(out, /\nredaction:\n {2}names:\n {4}- sha256:[0-9a-f]{64}\n$/);
    assert.ok(!out.includes('Shannon'));
    const versioned = redacted.edit!.documentChanges![0] as { textDocument: { version: number } };
    assert.equal(versioned.textDocument.version, 1);

    const refused = await client.request<RedactionEditResponse>(replaceWithRoleRequest, { uri, range, role: 'x: y' });
    assert.ok(refused.error);
    await client.close(uri);
  });

  test('the list file itself is validated when open', async () => {
    const uri = pathToFileURL(join(folder, 'review-summaries.redaction.yaml')).toString();
    await client.open(uri, 'names:\n  - Kayleigh\nallowed: [Hope]\n');
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      [schemaRuleIds.unknownField],
    );
    await client.close(uri);
  });
});
