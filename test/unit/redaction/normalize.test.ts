import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dropPossessive, foldWithOrigins, hashedEntry, normalizeName, sha256Hex } from '../../../server/src/service/redaction/normalize';
import { validNhsNumber } from '../../../server/src/service/redaction/identifiers';

describe('name normalisation and hashing (the spec\'s "Hashed names")', () => {
  test('case, accents, apostrophes and white space', () => {
    assert.equal(normalizeName('Zoë  O’Neill'), "zoe o'neill");
    assert.equal(normalizeName(' ZOE O\u02bcNEILL '), "zoe o'neill");
    assert.equal(normalizeName('Ștefan'), 'stefan');
    assert.equal(normalizeName('Seán'), 'sean');
  });

  test('letters that do not decompose are folded', () => {
    assert.equal(normalizeName('Łukasz Wiśniewski'), 'lukasz wisniewski');
    assert.equal(normalizeName('Søren Ærø Þór Straße Œuvre Đorđe Ħal Iı'), 'soren aero thor strasse oeuvre dorde hal ii');
  });

  test('the three spellings of the spec are one hash', () => {
    const hash = hashedEntry('Zoë  O’Neill');
    assert.equal(hashedEntry("zoe o'neill"), hash);
    assert.equal(hashedEntry("ZOE O'NEILL"), hash);
    assert.equal(hash, `sha256:${sha256Hex("zoe o'neill")}`);
    assert.equal(hashedEntry('Łukasz'), hashedEntry('Lukasz'));
  });

  test('a trailing possessive is dropped', () => {
    assert.equal(dropPossessive(normalizeName('Bronwen’s')), 'bronwen');
    assert.equal(dropPossessive('james'), 'james');
  });

  test('folding keeps the way back to the original text', () => {
    const folded = foldWithOrigins('Zoë ß');
    assert.equal(folded.text, 'zoe ss');
    assert.deepEqual([...folded.origin], [0, 1, 2, 3, 4, 4]);
    assert.deepEqual([...folded.originEnd], [1, 2, 3, 4, 5, 5]);
  });
});

describe('NHS number check digit', () => {
  test('valid numbers pass, others fail', () => {
    assert.ok(validNhsNumber('9434765919'));
    assert.ok(validNhsNumber('4857773457'));
    assert.ok(!validNhsNumber('9434765918'));
    assert.ok(!validNhsNumber('1234567890'));
    assert.ok(!validNhsNumber('943476591'));
  });
});
