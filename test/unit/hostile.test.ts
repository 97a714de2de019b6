// The hostile corpus (test/fixtures/hostile/manifest.json): each file gets a clear diagnostic,
// nothing throws, every range stays inside the document. Time and memory are reported by
// `npm run hostile-report`, never asserted here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../server/src/service/languageService';
import { exerciseService } from '../support/exerciseService';
import { loadHostileCase, readHostileManifest } from '../support/hostileCorpus';

describe('hostile corpus', () => {
  for (const entry of readHostileManifest()) {
    test(entry.name, () => {
      const hostile = loadHostileCase(entry);
      const service = createLanguageService();
      const document = { uri: `file:///hostile/${hostile.name}.review.yaml`, version: 1, getText: () => hostile.text };
      const { diagnostics, problems } = exerciseService(service, document, { positions: 24 });
      assert.deepEqual(problems, [], `${hostile.name}: the service misbehaved`);
      const rules = new Set(diagnostics.map((d) => String(d.code)));
      assert.ok(diagnostics.length > 0, `${hostile.name}: the person is told something`);
      for (const rule of hostile.expect) assert.ok(rules.has(rule), `${hostile.name}: expected ${rule} among ${[...rules].join(', ')}`);
      for (const d of diagnostics) assert.ok(String(d.message).trim().length > 0, `${hostile.name}: ${d.code} has a message`);
    });
  }
});
