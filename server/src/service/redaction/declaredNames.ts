import type { WordLookup } from '../packedWords';
import { sha256Hex } from './normalize';
import type { RedactionPolicy } from './policy';
import type { TextFinding } from './textFinding';
import { isCapitalized, joinedBySpace, type Token } from './tokens';

/** Longest run of words tried against hashed entries ("Zoë O'Neill" is two). */
const maxHashedWords = 4;
const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lady', 'lord']);

/**
 * Hashes of candidate phrases, remembered: prose repeats its phrases ("the victim", "should
 * ensure"), and hashing every run of 1..4 words is most of the cost of checking hashed entries.
 */
const phraseHashes = new Map<string, string>();
function hashOf(phrase: string): string {
  let hash = phraseHashes.get(phrase);
  if (hash === undefined) {
    if (phraseHashes.size >= 200_000) phraseHashes.clear();
    hash = sha256Hex(phrase);
    phraseHashes.set(phrase, hash);
  }
  return hash;
}

/** Where the words of `phrase` occur as whole words (separated by white space or a hyphen). */
export function phraseMatches(
  value: string,
  tokens: readonly Token[],
  phrase: readonly string[],
  index?: ReadonlyMap<string, number[]>,
): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  const candidates = index ? (index.get(phrase[0]) ?? []) : tokens.keys();
  outer: for (const i of candidates) {
    if (i + phrase.length > tokens.length) continue;
    for (let k = 0; k < phrase.length; k++) {
      if (tokens[i + k].folded !== phrase[k]) continue outer;
      if (k > 0 && !joinedBySpace(value, tokens[i + k - 1], tokens[i + k])) continue outer;
    }
    out.push({ first: i, last: i + phrase.length - 1 });
  }
  return out;
}

/**
 * Declared names: each entry as a whole, and each part of a full name on its own ("Jane Smith"
 * declared: "Smith" alone is found). Parts that are initials or honorifics are not looked for
 * alone, and a part that is also an ordinary word ("Will") only where it is capitalised.
 * `sha256:` entries: every run of 1..4 words is normalised and hashed.
 */
export function findDeclaredNames(
  value: string,
  tokens: readonly Token[],
  policy: RedactionPolicy,
  ordinaryWords: WordLookup,
): TextFinding[] {
  const found: TextFinding[] = [];
  const message = (origin: 'file' | 'workspace', hashed: boolean) =>
    `A name ${hashed ? 'hashed in' : 'listed in'} ${origin === 'file' ? "this file's redaction.names" : 'the workspace redaction list'} appears here: refer to the person by role (e.g. "the victim").`;
  // Where each word occurs, so each entry is looked up instead of scanned for.
  const index = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = index.get(token.folded);
    if (list) list.push(i);
    else index.set(token.folded, [i]);
  });
  for (const entry of policy.names) {
    const variants: Array<{ words: string[]; part: boolean }> = [{ words: entry.words, part: false }];
    const isCode = entry.words.some((word) => word.length === 1 || /^\d+$/.test(word));
    if (entry.words.length > 1 && !isCode) {
      for (const word of entry.words) if (word.length > 1 && !honorifics.has(word)) variants.push({ words: [word], part: true });
    }
    for (const variant of variants) {
      const ordinary = variant.part && ordinaryWords.has(variant.words[0]);
      for (const match of phraseMatches(value, tokens, variant.words, index)) {
        if (ordinary && !isCapitalized(tokens[match.first].text)) continue;
        found.push({
          kind: 'declared-name',
          start: tokens[match.first].start,
          end: tokens[match.last].end,
          message: message(entry.origin, false),
          origin: entry.origin,
          entry: entry.words.join(' '),
        });
      }
    }
  }
  if (policy.hashes.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      let phrase = '';
      for (let k = 0; k < maxHashedWords && i + k < tokens.length; k++) {
        const token = tokens[i + k];
        if (k > 0) {
          if (!joinedBySpace(value, tokens[i + k - 1], token)) break;
          phrase += value[tokens[i + k - 1].end] === '-' ? '-' : ' ';
        }
        phrase += token.folded;
        const hash = hashOf(phrase);
        const origin = policy.hashes.get(hash);
        if (origin)
          found.push({
            kind: 'declared-name',
            start: tokens[i].start,
            end: token.end,
            message: message(origin, true),
            origin,
            hashed: true,
            entry: hash,
          });
      }
    }
  }
  return found;
}

/** Spans of the value covered by `redaction.allow` texts (names inside them are not reported). */
export function allowedSpans(value: string, tokens: readonly Token[], policy: RedactionPolicy): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const words of policy.allow)
    for (const match of phraseMatches(value, tokens, words)) spans.push({ start: tokens[match.first].start, end: tokens[match.last].end });
  return spans;
}
