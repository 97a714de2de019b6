// The in-process benchmark compares our edit with yaml-language-server's schema validation; that
// comparison only means something if its schema is applied and the edits are what they claim.
// These check both (no times: figures are the benchmark's business).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneWordEdits, ylsInProcessProbe } from '../bench/inProcessEditBench';
import { createLanguageService } from '../../server/src/service/languageService';
import { generateSummary } from '../support/generateSummary';

describe('in-process benchmark', () => {
  test("yaml-language-server's library applies our schema: the probe's three mistakes with it, nothing without, nothing on the seed", async () => {
    const probe = await ylsInProcessProbe();
    assert.deepEqual(probe.withSchema.probe, [
      '1:1 Missing property "summary".',
      '4:14 Incorrect type. Expected "integer".',
      '7:1 Property sumary is not allowed.',
    ]);
    assert.equal(probe.withSchema.clean, 0);
    assert.deepEqual(probe.withoutSchema, { probe: [], clean: 0 });
  });

  for (const mode of ['spread', 'same'] as const) {
    test(`one-word edits (${mode}): each version inserts one word into one recommendation's prose, and our service checks it from that recommendation`, () => {
      const text = generateSummary({ recommendations: 60, seed: 60 });
      const versions = oneWordEdits(text, 60, 25, mode);
      const service = createLanguageService({ settings: { maxFileSize: 10_000_000 }, collectCheckCounts: true });
      const uri = 'file:///bench/edits.review.yaml';
      service.findings({ uri, version: 1, getText: () => text });
      const edited = new Set<number>();
      let previous = text;
      versions.forEach((edit, index) => {
        assert.equal(edit.text, `${previous.slice(0, edit.at)} ${edit.word}${previous.slice(edit.at)}`, 'one word inserted');
        assert.match(edit.word, /^[a-z]+$/);
        assert.equal(previous[edit.at], ' ', 'between two words');
        const recommendation = previous.slice(0, edit.at).match(/\n {2}- number: (\d+)\n/g)!.length;
        assert.equal(recommendation, edit.recommendation);
        edited.add(recommendation);
        const line = previous.slice(previous.lastIndexOf('\n', edit.at) + 1, previous.indexOf('\n', edit.at));
        assert.match(line, /^ {6,}[A-Za-z][^:]*$/, 'inside prose');
        assert.deepEqual(service.findings({ uri, version: index + 2, getText: () => edit.text }), [], 'an ordinary word adds no finding');
        previous = edit.text;
      });
      assert.equal(service.checkCounts.full, 1, 'every edit was checked from its recommendation');
      assert.equal(service.checkCounts.fast, versions.length);
      if (mode === 'same') assert.equal(edited.size, 1);
      else assert.ok(edited.size > 15, `edits spread over ${edited.size} recommendations`);
    });
  }
});
