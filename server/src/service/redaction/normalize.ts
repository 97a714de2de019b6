// Pure JS and synchronous, so hashing runs the same in Node and in a browser's web worker.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The name normalisation of the format spec ("Hashed names"): NFKD, combining marks removed,
 * lower case, letters that do not decompose folded (ł→l, ø→o, ß→ss ...), the apostrophes ’ ‘ ʼ
 * made ', white space runs made one space, no space at either end. Plain and hashed entries
 * both match through it, so `Zoë  O’Neill`, `zoe o'neill` and `ZOE O'NEILL` are one name.
 */
const undecomposed: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  // The capitals lower-case to the letters above; listed for code points lower-casing skips.
  ẞ: 'ss',
};
const apostrophes = /[’‘ʼ]/g;
const marks = /\p{M}/gu;

/** Normalises one code point (or a short string) without touching white space. */
export function foldText(text: string): string {
  // Plain ASCII (most prose) only needs lower-casing.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = text.normalize('NFKD').replace(marks, '').toLowerCase();
  out = out.replace(/[łøđħıßæœþẞ]/g, (c) => undecomposed[c] ?? c);
  return out.replace(apostrophes, "'");
}

/** The spec's normalised form of a whole name or phrase. */
export function normalizeName(name: string): string {
  return foldText(name).replace(/\s+/g, ' ').trim();
}

/** Drops a trailing possessive `'s` (after normalisation both apostrophes are `'`). */
export function dropPossessive(normalized: string): string {
  return normalized.endsWith("'s") ? normalized.slice(0, -2) : normalized;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The `sha256:` entry for a name, as the spec defines it. */
export function hashedEntry(name: string): string {
  return `sha256:${sha256Hex(normalizeName(name))}`;
}

export const hashedEntryPattern = /^sha256:([0-9a-fA-F]{64})$/;

/**
 * Text folded unit by unit, remembering for each folded unit which unit of the original it came
 * from, so a match in folded text can be drawn on the original words.
 */
export interface FoldedText {
  text: string;
  /** Original index where folded unit i's source starts. */
  origin: Int32Array;
  /** Original index where folded unit i's source ends (exclusive). */
  originEnd: Int32Array;
}

export function foldWithOrigins(text: string): FoldedText {
  let out = '';
  const origin: number[] = [];
  const originEnd: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    // ASCII letters and digits fold to themselves (lower-cased): the fast path for prose.
    const folded = code < 128 ? ch.toLowerCase() : foldText(ch);
    for (let k = 0; k < folded.length; k++) {
      origin.push(i);
      originEnd.push(i + width);
    }
    out += folded;
    i += width;
  }
  return { text: out, origin: Int32Array.from(origin), originEnd: Int32Array.from(originEnd) };
}
