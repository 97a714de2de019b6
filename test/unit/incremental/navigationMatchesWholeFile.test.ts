// Outline, folding and hover worked out from windows of the edited recommendations (and parts kept
// for the others) must equal the whole-file results: random edit sequences on example and generated
// files, every version asked both ways, in both orders a server sees (before and after the diagnostics).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createLanguageService, type LanguageService } from '../../../server/src/service/languageService';
import { generateSummary } from '../../support/generateSummary';
import { applyEdit, bases, editArbitrary } from '../../support/incrementalEdits';

const uri = 'file:///incremental/navigation.review.yaml';

/** Layouts the windows must get right besides the edit bases: the list first or last, comments around it, no final line break. */
const navigationBases = [
  ...bases,
  generateSummary({ recommendations: 30, seed: 2 }),
  // Comments between the list's key and its first dash, after an item, and at column 0 before the next field.
  generateSummary({ recommendations: 12, seed: 4 })
    .replace('recommendations:\n', 'recommendations:\n  # the list\n  # in order\n\n')
    .replace('  - number: 5\n', '    # after four\n    # and more\n  - number: 5\n')
    .concat('# the end of the list\n# comments\nredaction:\n  names: [Jane Smith]\n  allow: [Grace Road]'),
  // The list first; a block scalar after it that ends the file without a line break.
  (() => {
    const text = generateSummary({ recommendations: 8, seed: 9 });
    const list = text.indexOf('recommendations:\n');
    return `${text.slice(list)}${text.slice(0, list)}note: |\n  kept as written\n  to the end`;
  })(),
  // Directives: the header changes how the recommendations' scalars read.
  `%YAML 1.1\n---\n${generateSummary({ recommendations: 6, seed: 12 })}`,
];

/** Offsets a hover may come at: anywhere, and at or just after line starts (where windows meet). */
const hoverArbitrary = fc.record({ anywhere: fc.boolean(), pick: fc.nat(), column: fc.nat({ max: 7 }) });

function hoverOffset(text: string, hover: { anywhere: boolean; pick: number; column: number }): number {
  if (hover.anywhere) return hover.pick % (text.length + 1);
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  return Math.min(text.length, lineStarts[hover.pick % lineStarts.length] + hover.column);
}

interface Navigation {
  folding: unknown;
  symbols: unknown;
  hovers: unknown[];
}

function navigation(service: LanguageService, version: number, text: string, offsets: number[]): Navigation {
  const document = { uri, version, getText: () => text };
  const state = service.state(document);
  return {
    folding: service.foldingRanges(document),
    symbols: service.documentSymbols(document),
    hovers: offsets.map((offset) => service.hover(document, state.positionAt(offset))),
  };
}

describe('outline, folding and hover from windows equal the whole-file ones', () => {
  test('random edit sequences on example and generated files', () => {
    let windowed = 0;
    let versions = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...navigationBases.keys()),
        fc.array(fc.record({ edit: editArbitrary, diagnosticsFirst: fc.boolean(), hovers: fc.array(hoverArbitrary, { maxLength: 3 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        (base, steps) => {
          const service = createLanguageService();
          let text = navigationBases[base];
          let version = 1;
          service.validate({ uri, version, getText: () => text });
          navigation(service, version, text, []);
          for (const step of steps) {
            text = applyEdit(text, step.edit);
            version++;
            const document = { uri, version, getText: () => text };
            if (step.diagnosticsFirst) service.validate(document);
            const offsets = step.hovers.map((hover) => hoverOffset(text, hover));
            const asked = navigation(service, version, text, offsets);
            if (!service.state(document).isParsed) windowed++;
            versions++;
            const whole = navigation(createLanguageService(), 1, text, offsets);
            assert.deepEqual(asked, whole, `after ${JSON.stringify(step)}`);
            if (!step.diagnosticsFirst) service.validate(document);
          }
        },
      ),
      { numRuns: Number(process.env.NAVIGATION_RUNS ?? 300), seed: Number(process.env.NAVIGATION_SEED ?? 20261204) },
    );
    // Many versions were answered without parsing the whole file, not only by the whole-file fallback
    // (the others broke the list's layout, or changed a top-level field: only the whole file tells those).
    assert.ok(windowed > 200, `only ${windowed} of ${versions} versions were answered from windows`);
  });
});
