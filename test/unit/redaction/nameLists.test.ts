import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nameLists } from '../../../server/src/generated/nameLists';
import { nameData } from '../../../server/src/service/redaction/nameData';
import { foldNameLists, nameListNames, packNameLists } from '../../../server/src/service/redaction/nameLists';
import { nameListSources } from '../../../server/src/service/redaction/nameListSources';

describe('the name lists the build folded', () => {
  const folded = foldNameLists(nameListSources());

  test('are what the service folds from the data sets now (else run npm run build)', () => {
    assert.deepEqual(nameLists, packNameLists(folded));
  });

  test('the person-name rule finds every folded word in them, and its lists hold nothing else', () => {
    const data = nameData();
    for (const name of nameListNames) {
      for (const word of folded[name]) assert.ok(data[name].has(word), `${name}: ${word}`);
      assert.equal(nameLists[name].size, folded[name].size, name);
    }
    for (const word of ['Jane', 'essex polic', 'zzqx']) assert.equal(data.givenNames.has(word), false, word);
  });

  test('hold the data sets, folded', () => {
    const data = nameData();
    assert.ok(data.givenNames.has('chiamaka') && data.givenNames.has('siobhan'));
    assert.ok(data.ordinaryWords.has('hope') && data.rareWords.has('karma'));
    assert.ok(data.places.has('bishops stortford') && data.places.has('st neots'));
    assert.ok(data.agencies.has('essex police') && data.notPeople.has('polish') && data.acronyms.has('GP'));
  });
});
