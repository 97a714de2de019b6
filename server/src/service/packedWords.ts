/**
 * Words (or words with a value each) packed at build time into two strings: a hash table whose
 * buckets are runs of `words`, each entry `word\n` or `word\tvalue\n`, and whose bucket starts are
 * fixed-width numbers in `starts`. Reading it takes no work when the server starts or first checks
 * a file, where filling `Set`s with the redaction check's 117,000 words took about 100 ms (a string
 * object for each word, and the garbage collector moving them all); and V8 keeps a one-byte string
 * in about a byte a character, where a word in a `Set` takes some 40. A look-up costs a few times
 * `Set.has` (the hash is computed in JavaScript): on a 1,000-recommendation file, whose redaction
 * check asks about 130,000 times, some 20 ms, against the 100 ms of filling the sets.
 */
export interface PackedWords {
  /** How many words. */
  size: number;
  /** The entries, bucket after bucket: `word\n`, or `word\tvalue\n` in a map. */
  words: string;
  /** Where each bucket starts in `words`, and where the last one ends: `startDigits` digits each. */
  starts: string;
}

/** What the checks ask of a word list: `Set.has`, and nothing else. */
export interface WordLookup {
  has(word: string): boolean;
}

/** Four digits of 6 bits: offsets up to 16 MiB, far above the largest list (under 1 MiB). */
const startDigits = 4;
const digitBits = 6;
/** Digit d is the character with code d + 48 ('0' ... 'o'): printable, so the generated file stays text. */
const digitBase = 48;
/** Two entries a bucket on average: half the table of one a bucket, for a second comparison now and then. */
const entriesPerBucket = 2;
const lineBreak = 10;
const tab = 9;

/** FNV-1a over UTF-16 code units: the same at build time and in the server, whatever the runtime. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function bucketCount(size: number): number {
  return Math.max(1, Math.ceil(size / entriesPerBucket));
}

/** Packs a set of words (duplicates dropped), at build time. */
export function packWords(words: Iterable<string>): PackedWords {
  return packEntries(new Map([...words].map((word) => [word, undefined])));
}

/** Packs words with a value each, at build time; a value may not hold a line break. */
export function packWordMap(entries: ReadonlyMap<string, string>): PackedWords {
  for (const value of entries.values())
    if (value.includes('\n')) throw new Error(`a packed value cannot hold a line break: ${JSON.stringify(value)}`);
  return packEntries(entries);
}

function packEntries(entries: ReadonlyMap<string, string | undefined>): PackedWords {
  const buckets: string[][] = Array.from({ length: bucketCount(entries.size) }, () => []);
  for (const word of entries.keys()) {
    if (/[\t\n]/.test(word)) throw new Error(`a packed word cannot hold a tab or line break: ${JSON.stringify(word)}`);
    buckets[wordHash(word) % buckets.length].push(word);
  }
  let words = '';
  let starts = '';
  for (const bucket of buckets) {
    starts += startDigitsOf(words.length);
    // Sorted, so the output depends only on the words, not the order the sources list them in.
    for (const word of bucket.sort()) {
      const value = entries.get(word);
      words += value === undefined ? `${word}\n` : `${word}\t${value}\n`;
    }
  }
  starts += startDigitsOf(words.length);
  return { size: entries.size, words, starts };
}

function startDigitsOf(offset: number): string {
  if (offset >= 2 ** (startDigits * digitBits)) throw new Error(`packed words too long for ${startDigits} digits: ${offset}`);
  let digits = '';
  for (let i = startDigits - 1; i >= 0; i--) digits += String.fromCharCode(((offset >> (i * digitBits)) & 63) + digitBase);
  return digits;
}

/** The packed words, read in place. */
export class PackedWordTable implements WordLookup {
  readonly size: number;
  /** The bucket starts as numbers, decoded once: a look-up reads two of them. */
  private readonly starts: Int32Array;

  constructor(private readonly packed: PackedWords) {
    this.size = packed.size;
    this.starts = new Int32Array(bucketCount(packed.size) + 1);
    for (let bucket = 0, i = 0; bucket < this.starts.length; bucket++) {
      let offset = 0;
      for (const stop = i + startDigits; i < stop; i++) offset = (offset << digitBits) | (packed.starts.charCodeAt(i) - digitBase);
      this.starts[bucket] = offset;
    }
  }

  has(word: string): boolean {
    return this.wordEnd(word) >= 0;
  }

  /** The value packed with `word` ('' for a word packed without one), or undefined when it is not there. */
  get(word: string): string | undefined {
    const end = this.wordEnd(word);
    if (end < 0) return undefined;
    const { words } = this.packed;
    return words.charCodeAt(end) === tab ? words.slice(end + 1, words.indexOf('\n', end)) : '';
  }

  /** Where `word`'s entry goes on after the word (at its tab or line break), or -1. */
  private wordEnd(word: string): number {
    const { words } = this.packed;
    const bucket = wordHash(word) % (this.starts.length - 1);
    const end = this.starts[bucket + 1];
    for (let at = this.starts[bucket]; at < end; at = words.indexOf('\n', at) + 1) {
      // The character after the word first: it rules out most entries of another length without comparing them.
      const after = words.charCodeAt(at + word.length);
      if ((after === lineBreak || after === tab) && words.startsWith(word, at)) {
        // A word holding a line break or tab would match across an entry's separator; no packed word holds either.
        if (word.includes('\n') || word.includes('\t')) return -1;
        return at + word.length;
      }
    }
    return -1;
  }
}
