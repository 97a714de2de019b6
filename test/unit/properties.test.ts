// Property-based tests over the whole language service (fast-check): random documents and random
// mutations of the examples, the redaction corpus and the fixtures. Properties: nothing throws;
// every range lies inside the document with start <= end; code-action edits name the document's
// version, apply cleanly and change only what they cover; rendered pages carry no markup from the
// document; and a service that checked other documents before answers exactly as a fresh one.
// Seeded and reproducible: FUZZ_SEED and FUZZ_RUNS override (`npm run fuzz` runs many more).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import { exerciseService } from '../support/exerciseService';
import { mutatedDocument, randomDocument, seedTexts } from '../support/fuzzDocuments';

const seed = Number(process.env.FUZZ_SEED ?? 20261126);
const scale = Number(process.env.FUZZ_RUNS ?? 1);
const seeds = seedTexts();

function runs(base: number): fc.Parameters<unknown> {
  return { seed, numRuns: Math.max(1, Math.round(base * scale)), endOnFailure: true };
}

let counter = 0;
function documentOf(text: string, uri = `file:///fuzz/doc-${++counter}.review.yaml`, version = 1) {
  return { uri, version, getText: () => text };
}

/** Fails with the first problems, the seed and how to replay it. */
function assertBehaved(text: string, problems: string[]): void {
  if (problems.length === 0) return;
  assert.fail(
    `${problems.slice(0, 3).join('\n')}\n(seed ${seed}; replay with FUZZ_SEED=${seed}) input: ${JSON.stringify(text.length > 2000 ? text.slice(0, 2000) + '…' : text)}`,
  );
}

function check(service: LanguageService, text: string): void {
  // Every position of a small document; a spread of positions in a big one.
  const positions = text.length <= 300 ? 'all' : 8;
  const { problems } = exerciseService(service, documentOf(text), { positions, applyActions: 3 });
  assertBehaved(text, problems);
}

describe(`language service properties (fast-check seed ${seed})`, () => {
  assert.ok(seeds.length >= 20, 'the examples, corpus and fixtures are there to mutate');

  test('mutated examples, corpus files and fixtures: nothing throws, ranges inside, actions apply', () => {
    const service = createLanguageService();
    fc.assert(
      fc.property(mutatedDocument(seeds), (text) => check(service, text)),
      runs(100),
    );
  });

  test('random documents: the same properties, with hover and completion at every position', () => {
    const service = createLanguageService();
    fc.assert(
      fc.property(randomDocument, (text) => check(service, text)),
      runs(150),
    );
  });

  test('a service that checked other documents before answers exactly as a fresh one', () => {
    const warm = createLanguageService();
    let version = 0;
    fc.assert(
      fc.property(fc.array(mutatedDocument(seeds), { minLength: 2, maxLength: 4 }), (texts) => {
        // The same URI edited from one text to the next, as typing does (and other URIs between).
        const uri = 'file:///fuzz/warm.review.yaml';
        for (const text of texts.slice(0, -1)) {
          warm.validate(documentOf(text, uri, ++version));
          warm.validate(documentOf(text + '\n# other\n', `file:///fuzz/other-${version}.review.yaml`, 1));
        }
        const last = texts[texts.length - 1];
        const lastVersion = ++version;
        const fresh = createLanguageService();
        const warmAnswer = answersOf(warm, documentOf(last, uri, lastVersion));
        const freshAnswer = answersOf(fresh, documentOf(last, uri, lastVersion));
        assert.deepEqual(warmAnswer, freshAnswer, `warm and fresh differ (seed ${seed}) for ${JSON.stringify(last.slice(0, 500))}`);
      }),
      runs(40),
    );
  });
});

/** What a person sees of a document: diagnostics, outline, folding, and hover and completion at a few places. */
function answersOf(service: LanguageService, document: ReturnType<typeof documentOf>): unknown {
  const text = document.getText();
  const lines = text.split(/\r\n|\r|\n/);
  const probes = [0, Math.floor(lines.length / 3), Math.floor((2 * lines.length) / 3)].map((line) => ({
    line,
    character: Math.floor(lines[line].length / 2),
  }));
  return {
    diagnostics: service.validate(document),
    symbols: service.documentSymbols(document),
    folding: service.foldingRanges(document),
    hovers: probes.map((p) => service.hover(document, p)),
    completions: probes.map((p) => service.complete(document, p).items.map((item) => item.label)),
  };
}
