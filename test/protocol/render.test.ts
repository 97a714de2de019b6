// The preview's and the export's requests over the protocol, on the built server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exportRequest, renderRequest, type ExportResponse, type RenderResponse } from '../../common/protocol/renderProtocol';
import { TestLspClient } from '../support/lspClient';
import { examplesDir } from '../support/paths';

describe('server over stdio: render and export', () => {
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  test('render follows the edits: the page of the latest version, then out of date when it stops parsing', async () => {
    const uri = 'file:///virtual/preview.review.yaml';
    const text = readFileSync(join(examplesDir, 'uttlesford.review.yaml'), 'utf8');
    await client.open(uri, text, 1);
    const first = await client.request<RenderResponse>(renderRequest, { uri });
    assert.equal(first?.version, 1);
    assert.equal((first?.page?.html.match(/<tr\b[^>]*data-src="rec-\d+"/g) ?? []).length, 12);
    assert.equal(first?.page?.errors, 0);

    await client.change(uri, 2, [{ range: { start: { line: 3, character: 7 }, end: { line: 3, character: 24 } }, text: 'Edited review' }]);
    const second = await client.request<RenderResponse>(renderRequest, { uri });
    assert.equal(second?.version, 2);
    assert.match(second!.page!.html, /<h1 class="rs-title" data-src="title">Edited review<\/h1>/);

    await client.change(uri, 3, [{ range: { start: { line: 3, character: 7 }, end: { line: 3, character: 7 } }, text: '"' }]);
    const third = await client.request<RenderResponse>(renderRequest, { uri });
    assert.equal(third?.page, undefined);
    assert.match(third!.outOfDate!.reason, /does not parse/);
    await client.close(uri);
  });

  test('render of a document the server does not have answers null', async () => {
    assert.equal(await client.request<RenderResponse>(renderRequest, { uri: 'file:///nowhere.review.yaml' }), null);
    assert.equal(await client.request<RenderResponse>(renderRequest, { nonsense: true }), null);
  });

  test('export: the page, or a refusal with the problems; force only for non-redaction errors', async () => {
    const uri = 'file:///virtual/export.review.yaml';
    const text = readFileSync(join(examplesDir, 'uttlesford.review.yaml'), 'utf8');
    await client.open(uri, text, 1);
    const ok = await client.request<ExportResponse>(exportRequest, { uri });
    assert.match(ok.html!, /^<!DOCTYPE html>/);

    await client.change(uri, 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, text: '' }]);
    const refused = await client.request<ExportResponse>(exportRequest, { uri });
    assert.equal(refused.html, undefined);
    assert.equal(refused.redaction, false);
    assert.match(refused.problems![0], /^\d+:\d+ schema\/missing-field/);
    const forced = await client.request<ExportResponse>(exportRequest, { uri, force: true });
    assert.match(forced.html!, /^<!DOCTYPE html>/);
    await client.close(uri);

    const named =
      text.replace('the victim, including', 'the victim, Zebedee Quarrington, including') + 'redaction:\n  names: [Zebedee Quarrington]\n';
    await client.open(uri, named, 3);
    const never = await client.request<ExportResponse>(exportRequest, { uri, force: true });
    assert.equal(never.html, undefined);
    assert.equal(never.redaction, true);
    assert.match(never.reason!, /redaction/);
    await client.close(uri);
  });
});
