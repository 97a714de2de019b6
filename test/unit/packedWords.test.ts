import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { packWordMap, packWords, PackedWordTable } from '../../server/src/service/packedWords';

describe('packed words', () => {
  const words = ['essex police', 'café', 'saltanat ʻuman', 'a', '', 'essex', 'police', 'st neots', 'x'.repeat(300)];
  const table = new PackedWordTable(packWords([...words, 'essex']));

  test('every packed word is found, and its count is the number of different words', () => {
    for (const word of words) assert.ok(table.has(word), JSON.stringify(word));
    assert.equal(table.size, words.length);
  });

  test('no other word is: prefixes, extensions, words across two entries, other cases', () => {
    for (const word of [
      'essex polic',
      'essex police ',
      'essex\npolice',
      'essex\n',
      'police\nst neots',
      'Essex',
      'cafe',
      'b',
      'x'.repeat(299),
    ])
      assert.equal(table.has(word), false, JSON.stringify(word));
  });

  test('a map gives each word its value, and nothing for a word it does not hold', () => {
    const map = new PackedWordTable(
      packWordMap(
        new Map([
          ['essex police', '1n'],
          ['epa', '2a,7v'],
          ['police', ''],
        ]),
      ),
    );
    assert.equal(map.get('essex police'), '1n');
    assert.equal(map.get('epa'), '2a,7v');
    assert.equal(map.get('police'), '');
    for (const word of ['essex', 'essex police\t1n', 'epa\t2a', '1n']) assert.equal(map.get(word), undefined, JSON.stringify(word));
  });

  test('an empty list holds nothing', () => {
    assert.equal(new PackedWordTable(packWords([])).has(''), false);
  });

  test('a word with a tab or line break cannot be packed, nor a value with a line break', () => {
    assert.throws(() => packWords(['a\tb']));
    assert.throws(() => packWords(['a\nb']));
    assert.throws(() => packWordMap(new Map([['a', 'b\nc']])));
  });

  test('many words: each found, none of their variations', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `word ${i.toString(36)}`);
    const packed = new PackedWordTable(packWords(many));
    for (const word of many) assert.ok(packed.has(word), word);
    for (const word of many.slice(0, 500)) assert.equal(packed.has(`${word}!`), false);
  });
});
