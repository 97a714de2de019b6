import type { NameData } from './nameData';
import { isAllCaps, isCapitalized, type Token } from './tokens';

/**
 * Marks the words that belong to the name of an organisation, a statute, a scheme or a place named
 * after someone, so that the person-name rule leaves them alone:
 * - capitalised words before a generic last word ("Royal Albert Edward Infirmary", "Brighton Youth
 *   Centre", "Cartrefi Cymru", "Clare's Law"), across line breaks too, and the "of/for ..." words
 *   after it ("Department of Justice", "Police Service of Northern Ireland");
 * - capitalised words after a generic first word, as Welsh names are written ("Cyngor Sir
 *   Ceredigion", "Canolfan ...");
 * - a capitalised word before an acronym that ends a name ("Calan DVS");
 * - a proper name before a place noun ("Victoria station"), and a saint's name ("St Mungo's").
 * The generic words are the ones below and data/redaction-terms.json's organisation words.
 */

/** Words that end the name of an institution, a statute, a scheme or a place named after someone. */
const institutionHeads = new Set(
  (
    'hospital hospitals infirmary hospice clinic surgery practice centre center trust foundation house home court hall lodge school academy college university ' +
    'station law laws act acts scheme order protocol programme program concession covenant allowance payment credit fund charity society association institute ' +
    'council board partnership service services team unit agency office department authority government commission group network alliance police constabulary ' +
    'prison project helpline line library museum church chapel mosque temple ward wing estate bridge road street avenue lane way close drive grove terrace crescent ' +
    'place gardens square hill park green memorial award prize lecture review report inquiry syndrome disease palsy test principle rule clause'
  ).split(' '),
);
/** Lower-case words after a possessive that make an eponym, not a possession ("Down's syndrome"). */
const eponymHeads = new Set(['disease', 'syndrome', 'palsy', 'law', 'scheme', 'sign', 'test', 'principle', 'rule']);
/** Words that join the words of an institution's name. */
/** Common nouns after a proper name that make it a place ("Victoria station", "Shirley ward"). */
const placeNouns = new Set(
  'station road street park square bridge estate ward area hospital centre prison court village town district borough'.split(' '),
);
const connectors = new Set(['of', 'and', 'the', 'for', 'upon', 'on', 'in', 'de', 'le', 'la', 'st', 'saint', '&']);
const saints = new Set(['st', 'saint', 'ste']);

export function markOrganisations(value: string, tokens: readonly Token[], data: NameData, blocked: Uint8Array): void {
  const isHead = (token: Token) => institutionHeads.has(token.folded) || data.organisationEnds.has(token.folded);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // Capitalised ("George Eliot Hospital"), or an eponym's lower-case word ("Parkinson's disease").
    const head = isHead(token) && (isCapitalized(token.text) || (i > 0 && tokens[i - 1].possessive && eponymHeads.has(token.folded)));
    if (head) {
      let j = i - 1;
      let lastName = i;
      while (j >= 0 && i - j <= 8) {
        const between = value.slice(tokens[j].end, tokens[j + 1].start);
        if (!/^(?:['’ʼ][sS])?,?\s+$|^-$/.test(between)) break;
        if (isCapitalized(tokens[j].text)) lastName = j;
        // "the" starts the name ("DS Morgan of the Public Protection Unit": Morgan is not in it).
        else if (!connectors.has(tokens[j].folded) || tokens[j].text === 'the') break;
        j--;
      }
      for (let k = lastName; k <= i; k++) blocked[k] = 1;
      if (isCapitalized(token.text)) markTail(value, tokens, i, blocked);
    }
    // Welsh names put the generic word first: "Cyngor Sir Ceredigion", "Cymorth i Ferched Cymru".
    if (data.organisationStarts.has(token.folded) && isCapitalized(token.text)) {
      blocked[i] = 1;
      markTail(value, tokens, i, blocked, true);
    }
    // "Calan DVS": a name does not end with an acronym.
    if (
      i > 0 &&
      isAllCaps(token.text) &&
      token.text.length >= 2 &&
      data.acronyms.has(token.text) &&
      isCapitalized(tokens[i - 1].text) &&
      !isAllCaps(tokens[i - 1].text) &&
      /^\s+$/.test(value.slice(tokens[i - 1].end, token.start))
    ) {
      blocked[i - 1] = 1;
    }
    if (
      i > 0 &&
      placeNouns.has(token.text) &&
      isCapitalized(tokens[i - 1].text) &&
      /^\s+$/.test(value.slice(tokens[i - 1].end, token.start))
    )
      blocked[i - 1] = 1;
    if (saints.has(token.folded) && isCapitalized(token.text) && i + 1 < tokens.length && isCapitalized(tokens[i + 1].text)) {
      blocked[i] = 1;
      blocked[i + 1] = 1;
    }
  }
}

/**
 * Blocks the words after a name's generic word: "of/for/and ..." followed by capitalised words
 * ("Department of Justice"), and with `direct` the capitalised words right after it ("Cyngor Sir
 * Ceredigion"), small Welsh joining words included ("Cymorth i Ferched Cymru").
 */
function markTail(value: string, tokens: readonly Token[], head: number, blocked: Uint8Array, direct = false): void {
  let k = head + 1;
  while (k < tokens.length && k - head <= 6) {
    if (!/^\s+$/.test(value.slice(tokens[k - 1].end, tokens[k].start))) break;
    const word = tokens[k];
    const joining =
      ['of', 'for', 'and', 'the', '&'].includes(word.folded) || (direct && ['i', 'a', 'ac', 'y', 'yr', "'r"].includes(word.folded));
    if (joining && k + 1 < tokens.length && isCapitalized(tokens[k + 1].text)) {
      k++;
      continue;
    }
    if (!isCapitalized(word.text) || (!direct && !['of', 'for', 'and', 'the', '&'].includes(tokens[k - 1].folded))) break;
    blocked[k] = 1;
    k++;
  }
}
