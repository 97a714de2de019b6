import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AgencyEntry } from '../../../server/src/service/agencies/agencyTypes';
import { computeSpellingKeys, packSpellingKeys, PackedLayerKeys } from '../../../server/src/service/agencies/spellingKeys';

const entry = (name: string, abbreviations: string[], variants: string[], area: string): AgencyEntry => ({
  name,
  abbreviations,
  variants,
  kind: 'council',
  area,
  source: 'test',
});

describe('spelling keys as the build packs them', () => {
  test('read back as agencySpellingKey makes them: lower case, other spellings, empty keys, empty fields', () => {
    const entries = [
      entry('Essex Police', ['EP'], ['essex police'], 'Essex'),
      entry("The Essex Safeguarding Adults' Board", [], ['Essex S.A.B.', '—', ''], ''),
      entry('—', ['***'], [], 'Southend, Essex & Thurrock'),
      entry('Ynys Môn Council', ['IoACC'], ['Cyngor Sir Ynys Môn'], 'Ynys Môn'),
    ];
    const keys = new PackedLayerKeys(entries, packSpellingKeys(entries));
    entries.forEach((written, i) => {
      assert.deepEqual(keys.all(i), computeSpellingKeys(written), written.name);
      assert.equal(keys.name(i), computeSpellingKeys(written).name);
      assert.equal(keys.area(i), computeSpellingKeys(written).area);
    });
  });
});
