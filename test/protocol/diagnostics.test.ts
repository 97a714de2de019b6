import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TestLspClient, rules } from '../support/lspClient';
import { examplesDir, fixturesDir } from '../support/paths';
import { schemaRuleIds } from '../../server/src/service/schema/schemaValidation';

describe('server over stdio: diagnostics', () => {
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    // test/fixtures is the workspace: its review-summaries.agencies.yaml knows the made-up Westshire the fixtures use.
    const init = (await client.initialize(pathToFileURL(fixturesDir).toString())) as {
      capabilities: { textDocumentSync: { change: number } };
    };
    assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
  });
  after(() => client.shutdown());

  test('the seed example has no diagnostics', async () => {
    const path = join(examplesDir, 'uttlesford.review.yaml');
    const uri = pathToFileURL(path).toString();
    await client.open(uri, readFileSync(path, 'utf8'));
    const published = await client.waitForDiagnostics(uri);
    assert.deepEqual(published.diagnostics, []);
    await client.close(uri);
  });

  test('three schema mistakes of different kinds are each on exactly their node', async () => {
    const path = join(fixturesDir, 'schema', 'every-kind-of-mistake.review.yaml');
    const uri = pathToFileURL(path).toString();
    await client.open(uri, readFileSync(path, 'utf8'));
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(rules(diagnostics), [schemaRuleIds.missingField, schemaRuleIds.unknownField, schemaRuleIds.wrongType]);
    const wrongType = diagnostics.find((d) => d.code === schemaRuleIds.wrongType)!;
    assert.deepEqual(wrongType.range, { start: { line: 5, character: 13 }, end: { line: 5, character: 19 } });
    assert.equal(wrongType.source, 'review-summary');
  });

  test('incremental edits are applied and re-checked; closing clears diagnostics', async () => {
    // In the workspace (test/fixtures), whose catalogue knows Westshire; never saved.
    const uri = pathToFileURL(join(fixturesDir, 'schema', 'unsaved-edit.review.yaml')).toString();
    const text = readFileSync(join(fixturesDir, 'schema', 'valid-minimal.review.yaml'), 'utf8');
    await client.open(uri, text);
    assert.deepEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
    client.clearDiagnostics(uri);
    // published: 2023-08 → 2023-8 (delete the "0" at line 3, character 16).
    await client.change(uri, 2, [{ range: { start: { line: 2, character: 16 }, end: { line: 2, character: 17 } }, text: '' }]);
    const afterEdit = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(rules(afterEdit.diagnostics), [schemaRuleIds.invalidValue]);
    assert.deepEqual(afterEdit.diagnostics[0].range, { start: { line: 2, character: 11 }, end: { line: 2, character: 17 } });
    // Several quick edits: only the last version's result matters, and it is clean again.
    await client.change(uri, 3, [{ range: { start: { line: 2, character: 16 }, end: { line: 2, character: 16 } }, text: '1' }]);
    await client.change(uri, 4, [{ range: { start: { line: 2, character: 16 }, end: { line: 2, character: 17 } }, text: '0' }]);
    const clean = await client.waitForDiagnostics(uri, (p) => p.version === 4);
    assert.deepEqual(clean.diagnostics, []);
    client.clearDiagnostics(uri);
    await client.close(uri);
    const cleared = await client.waitForDiagnostics(uri);
    assert.deepEqual(cleared.diagnostics, []);
  });

  test('requests on unknown documents answer empty instead of failing', async () => {
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///nowhere.review.yaml' },
      position: { line: 99, character: 0 },
    });
    assert.equal(hover, null);
  });
});
