/**
 * The key under which two ways of writing one agency meet: "Essex Safeguarding Adults' Board",
 * "the Essex safeguarding adults board" and "Essex Safeguarding Adults Board" share one. Case,
 * accents, apostrophes, punctuation, "&"/"and", spacing and a leading "the" do not count.
 */
export function agencySpellingKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
