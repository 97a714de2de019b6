import { foldText } from './normalize';

/** A word of a scalar's value: letters, digits and marks, with inner apostrophes (O'Neill). */
export interface Token {
  /** Value offsets of the word without a trailing possessive `'s`. */
  start: number;
  end: number;
  text: string;
  /** Spec-normalised (lower case, accents folded). */
  folded: string;
  possessive: boolean;
}

const word = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/** Words split at white space, hyphens and punctuation; "Adebayo-Smith" is two words. */
export function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  for (const match of value.matchAll(word)) {
    let text = match[0];
    let possessive = false;
    if (/['’ʼ][sS]$/.test(text) && text.length > 2) {
      text = text.slice(0, -2);
      possessive = true;
    }
    const start = match.index!;
    tokens.push({ start, end: start + text.length, text, folded: foldText(text), possessive });
  }
  return tokens;
}

/** True when only white space (line breaks included) or one hyphen separates two words. */
export function joinedBySpace(value: string, left: Token, right: Token): boolean {
  if (left.possessive) return false;
  const between = value.slice(left.end, right.start);
  return /^\s+$/.test(between) || between === '-';
}

export function isCapitalized(text: string): boolean {
  const first = text.codePointAt(0)!;
  const ch = String.fromCodePoint(first);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

/** True when the word starts a sentence (or the value). */
export function startsSentence(value: string, token: Token): boolean {
  const before = value.slice(Math.max(0, token.start - 200), token.start).trimEnd();
  return (token.start <= 200 && before.length === 0) || /[.!?:;"“(\n]$/.test(before) || /\n\s*$/.test(value.slice(0, token.start));
}
