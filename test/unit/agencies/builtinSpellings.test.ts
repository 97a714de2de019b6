import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtinSpellings } from '../../../server/src/generated/builtinSpellings';
import type { AgencyEntry } from '../../../server/src/service/agencies/agencyTypes';
import { builtinEntries } from '../../../server/src/service/agencies/builtinCatalogue';
import { builtinSpellingLayer } from '../../../server/src/service/agencies/builtinSpellings';
import { AgencyCatalogue } from '../../../server/src/service/agencies/catalogue';
import { precomputeSpellings } from '../../../server/src/service/agencies/spellingIndex';

/** Every way the entries are written, and a few ways of writing them a little differently. */
function writtenForms(entries: readonly AgencyEntry[]): string[] {
  return entries.flatMap((entry) =>
    [entry.name, ...entry.abbreviations, ...entry.variants].flatMap((text) => [text, `the ${text.toUpperCase()}`, `${text}s`]),
  );
}

/** The same questions to a catalogue that uses the build's keys and index and to one that makes its own. */
function assertSameAnswers(layers: ReadonlyArray<readonly AgencyEntry[]>, written: readonly string[]): void {
  const packed = new AgencyCatalogue(layers, builtinSpellingLayer());
  const computed = new AgencyCatalogue(layers);
  assert.deepEqual(packed.entries, computed.entries);
  for (const text of written) {
    assert.deepEqual(packed.lookup(text), computed.lookup(text), text);
    assert.equal(packed.findCsp(text), computed.findCsp(text), text);
  }
  for (const text of ['Essex Safeguarding Board', 'Westshire', 'Metropolitan Polce Service', 'Uttlesfrod']) {
    assert.deepEqual(packed.suggest(text), computed.suggest(text), text);
    assert.equal(packed.suggestCspArea(text), computed.suggestCspArea(text), text);
  }
  for (const query of ['', 'ess', 'adults board', 'NHS', 'pol']) assert.deepEqual(packed.search(query), computed.search(query), query);
}

describe("the built-in catalogue's spellings, made at build time", () => {
  test('are what the service makes of data/agencies.json now (else run npm run build)', () => {
    assert.deepEqual(builtinSpellings, precomputeSpellings(builtinEntries));
    assert.ok(builtinSpellingLayer(), 'the build made them for these entries');
  });

  test('answer every look-up as the catalogue answers it from its own keys', () => {
    assertSameAnswers([builtinEntries], writtenForms(builtinEntries));
  });

  test('with a workspace catalogue over them: its entries replace built-in ones of the same name, and take their spellings', () => {
    const replaced = builtinEntries
      .filter((_, i) => i % 40 === 0)
      .map((entry, i) => ({ ...entry, variants: [...entry.variants.slice(1), `Workspace Spelling ${i}`], source: 'workspace' }));
    const added: AgencyEntry[] = builtinEntries
      .filter((_, i) => i % 97 === 5)
      .map((entry, i) => ({
        name: `Workspace Agency ${i}`,
        kind: entry.kind,
        // A built-in entry's own abbreviation and spelling, and its name as a spelling (a name still wins).
        abbreviations: entry.abbreviations.slice(0, 1),
        variants: [...entry.variants.slice(0, 1), entry.name],
        area: entry.area,
        source: 'workspace',
      }));
    const workspace = [...replaced, ...added];
    assertSameAnswers([builtinEntries, workspace], writtenForms([...builtinEntries, ...workspace]));
  });
});
