/**
 * Does a title mention a Community Safety Partnership? Library titles read "<CSP> review"
 * ("Uttlesford review" for csp "Uttlesford"), but the csp field is sometimes written in full
 * ("Uttlesford Community Safety Partnership", "Brighton & Hove CSP", "London Borough of
 * Hackney"). Both sides are normalised (case, accents, "&" → "and", "St." → "St",
 * apostrophes dropped, hyphens as spaces, a possessive "s" ignored), the generic words of a partnership's or council's
 * name are dropped from the csp, and what is left must appear in the title as whole words, in order.
 */
export function titleMentionsCsp(title: string, csp: string): boolean {
  const place = distinctiveWords(csp);
  if (place.length === 0) return true;
  const words = normalisedWords(title);
  for (let i = 0; i + place.length <= words.length; i++) {
    if (place.every((word, j) => sameWord(words[i + j], word))) return true;
  }
  return false;
}

/** Equal, or equal but for a possessive "s" ("Uttlesford's" written as "Uttlesfords"). */
function sameWord(a: string, b: string): boolean {
  return a === b || a === `${b}s` || b === `${a}s`;
}

/** The words of a csp name that identify the place. */
export function distinctiveWords(csp: string): string[] {
  let words = normalisedWords(csp);
  for (const phrase of genericPhrases) words = removePhrase(words, phrase);
  return words;
}

// Words that name the kind of body, not the place. Longer phrases first.
const genericPhrases = [
  'community safety partnership',
  'safer communities partnership',
  'community safety',
  'safety partnership',
  'metropolitan borough council',
  'borough council',
  'district council',
  'city council',
  'county council',
  'london borough of',
  'royal borough of',
  'city and county of',
  'county borough of',
  'council of',
  'partnership',
  'council',
  'csp',
  'the',
].map((phrase) => phrase.split(' '));

function removePhrase(words: string[], phrase: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    if (phrase.every((word, j) => words[i + j] === word)) i += phrase.length;
    else out.push(words[i++]);
  }
  return out;
}

export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
}
