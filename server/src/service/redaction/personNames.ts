import type { NameData } from './nameData';
import type { TextFinding } from './textFinding';
import { isAllCaps, isCapitalized, joinedBySpace, startsSentence, type Token } from './tokens';

/**
 * Likely names of people that nobody declared. Four signals, each strong on its own:
 * an honorific before a capitalised word ("Dr Okafor"), an initial before a surname ("J. Byrne",
 * "A. Smith"),
 * a given name from the data set (alone, or with a surname), and a name in capitals. Words that
 * belong to something else are left alone: the name of an institution, a statute or a scheme
 * ("Clare's Law", "George Eliot Hospital", "St Mungo's"), an agency of the catalogue, a place,
 * a month, an ordinary English word ("a frank discussion", "will", "hope"), and allowed text.
 */

/** Titles and ranks written before a surname (police ranks included: "DS Morgan", "PC Jenkins"). */
const honorifics = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lady', 'Lord', 'Rev', 'Revd', 'Cllr', 'PC', 'PCSO', 'DC', 'DS', 'DI', 'DCI', 'DSI', 'Sgt', 'Insp', 'Supt', 'Cpl', 'Pte']);

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
const placeNouns = new Set('station road street park square bridge estate ward area hospital centre prison court village town district borough'.split(' '));
const connectors = new Set(['of', 'and', 'the', 'for', 'upon', 'on', 'in', 'de', 'le', 'la', 'st', 'saint', '&']);
/** Words before a name that say a person follows ("her friend Shannon", "a friend, Abdi,"). */
const personContext = new Set(
  (
    'friend friends sister brother son daughter mother father mum dad partner husband wife boyfriend girlfriend fiance fiancee neighbour neighbor cousin aunt uncle ' +
    'niece nephew grandson granddaughter grandmother grandfather grandparent stepfather stepmother stepson stepdaughter colleague carer child baby named called ' +
    'known nicknamed ex-partner ex-husband ex-wife victim perpetrator sibling relative flatmate housemate lodger tenant landlord landlady employer'
  ).split(' '),
);
const calendar = new Set(
  (
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'christmas easter lent advent whitsun pentecost halloween ramadan eid diwali hanukkah passover vaisakhi navratri'
  ).split(' '),
);
const saints = new Set(['st', 'saint', 'ste']);
/** Words before a single capital that make it a label, not an initial ("Appendix B.", "Plan A.", "an X."). */
const labelWords = new Set(
  (
    'a an the letter appendix annex annexe option plan part section schedule table figure chart grade category class type level stage step phase tier band block ' +
    'wing ward bay room floor flat unit zone route form vitamin hepatitis adult child victim person subject perpetrator witness mr mrs ms miss mx dr'
  ).split(' '),
);
/** Words that start the next sentence far more often than they are a surname ("... Plan B. The ..."). */
const sentenceStarters = new Set(
  'the this that these those there then it its in on at as and but or if when while where after before all any each every no not her his she he they we our their a an some one so also however'.split(' '),
);
/** Nations, regions and counties that are abbreviated with a compass letter ("N. Yorkshire", "S. Wales"). */
const compassRegion = /^(?:\p{L}+shire|wales|england|scotland|ireland|midlands|sussex|essex|riding|london|devon|cornwall|somerset|lothian|ayrshire)$/u;

export function findPersonNames(value: string, tokens: readonly Token[], data: NameData, excluded: ReadonlyArray<{ start: number; end: number }>): TextFinding[] {
  const blocked = new Uint8Array(tokens.length);
  markExcluded(tokens, excluded, blocked);
  markInstitutions(value, tokens, blocked);
  markPhrases(value, tokens, data.agencies, data.agencyMaxWords, blocked);
  const place = new Uint8Array(tokens.length);
  markPhrases(value, tokens, data.places, data.placeMaxWords, place);

  const found: TextFinding[] = [];
  const message = 'This looks like a person\'s name: refer to the person by role ("the victim", "a family member", "a professional"). If it is not a name, add it to redaction.allow.';
  const isNameWord = (i: number) => i < tokens.length && !blocked[i] && isCapitalized(tokens[i].text) && tokens[i].text.length >= 2 && !calendar.has(tokens[i].folded);
  const isWord = (i: number) => data.ordinaryWords.has(tokens[i].folded) || data.rareWords.has(tokens[i].folded);
  const surnameLike = (i: number) => isNameWord(i) && !isWord(i) && !honorifics.has(tokens[i].text);
  const withContext = (i: number) => hasPersonContext(value, tokens, i);
  /** Extends a name over the surname words that follow it ("Ciarán Doyle", "Adebayo-Smith"). */
  const extend = (last: number, max: number) => {
    let end = last;
    while (end - last < max && end + 1 < tokens.length && joinedBySpace(value, tokens[end], tokens[end + 1])) {
      // A hyphen always continues a name ("Adebayo-Smith"); a space only into a surname.
      const hyphen = value.slice(tokens[end].end, tokens[end + 1].start) === '-';
      if (!(hyphen ? isNameWord(end + 1) : surnameLike(end + 1))) break;
      end++;
    }
    return end;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (blocked[i]) continue;
    let first = -1;
    let last = -1;
    // 1. Honorific and name: "Dr Okafor", "Mrs Adebayo-Smith", "Mr. John Smith".
    if (honorifics.has(token.text) && i + 1 < tokens.length && /^\.?\s+$/.test(value.slice(token.end, tokens[i + 1].start)) && isNameWord(i + 1) && tokens[i + 1].text.length > 1) {
      first = i;
      // After an honorific every capitalised word is part of the name ("Dr Amir Khan").
      last = i + 1;
      while (last - i < 3 && last + 1 < tokens.length && joinedBySpace(value, tokens[last], tokens[last + 1]) && isNameWord(last + 1) && !honorifics.has(tokens[last + 1].text)) last++;
    }
    // 2. Initial and surname: "J. Byrne", "J. R. Byrne".
    else if (/^\p{Lu}$/u.test(token.text) && value[token.end] === '.') {
      let next = i + 1;
      while (next < tokens.length && /^\p{Lu}$/u.test(tokens[next].text) && value[tokens[next].end] === '.') next++;
      // Many surnames are also place names ("J. Thornton"); only a compass initial before a place
      // is an abbreviation of it ("N. Yorkshire", "S. Wales").
      const compassPlace = next === i + 1 && /^[NSEW]$/.test(token.text) && (place[next] || compassRegion.test(tokens[next].folded));
      // A surname that is also a word ("A. Smith", "K. Wood") counts too, unless the capital is a
      // label ("Appendix B. Local ...", "Plan A."), the pronoun "I", or the word starts a sentence.
      const label = i > 0 && labelWords.has(tokens[i - 1].folded) && /^\s+$/.test(value.slice(tokens[i - 1].end, token.start));
      const wordSurname = (k: number) => isNameWord(k) && !honorifics.has(tokens[k].text) && !sentenceStarters.has(tokens[k].folded) && !place[k] && token.text !== 'I' && !label;
      if (next < tokens.length && /^\.\s+$/.test(value.slice(tokens[next - 1].end, tokens[next].start)) && (surnameLike(next) || wordSurname(next)) && !compassPlace) {
        first = i;
        last = extend(next, 1);
      }
    }
    // 3. A given name, with or without a surname: "Chiamaka", "Andrei Popescu".
    else if (isNameWord(i) && data.givenNames.has(token.folded) && !isAllCaps(token.text) && !saints.has(tokens[i - 1]?.folded ?? '')) {
      // A given name that is also an English word ("Grace", "Karma", "John") needs a surname, a
      // word such as "friend" before it, or a capital that the sentence does not explain: not
      // the sentence's first word, and not one word of a longer capitalised name.
      const alsoWord = isWord(i);
      // After a given name that is not also a word, the next capitalised word is its surname even
      // when that is a word too ("Jane Smith", "Mary Baker"): flagging "Jane" alone would leave
      // "Smith" on the page, and its fix would write "the victim Smith".
      const surnameAfterName = (k: number) => surnameLike(k) || (!alsoWord && isNameWord(k) && !honorifics.has(tokens[k].text) && !startsSentence(value, tokens[k]));
      const hasSurname = i + 1 < tokens.length && joinedBySpace(value, token, tokens[i + 1]) && surnameAfterName(i + 1) && !place[i + 1];
      const capitalisedForNoReason = alsoWord && !startsSentence(value, token) && !capitalisedNeighbour(value, tokens, i);
      if (withContext(i) || hasSurname || (!place[i] && (!alsoWord || capitalisedForNoReason))) {
        first = i;
        last = hasSurname ? extend(i + 1, 1) : i;
      }
    }
    // 4. A name in capitals: "MARGARET", "JOHN SMITH" (acronyms are not names: DASH, MARAC).
    // (Only common words rule a capitalised name out here: "JOHN" is a name, "DASH" a word.)
    else if (isAllCaps(token.text) && token.text.length >= 3 && data.givenNames.has(token.folded) && !data.ordinaryWords.has(token.folded) && !place[i]) {
      const pair = i + 1 < tokens.length && isAllCaps(tokens[i + 1].text) && tokens[i + 1].text.length >= 2 && joinedBySpace(value, token, tokens[i + 1]) && !blocked[i + 1] && !data.ordinaryWords.has(tokens[i + 1].folded);
      if (pair || token.text.length >= 4) {
        first = i;
        last = pair ? i + 1 : i;
      }
    }
    if (first < 0) continue;
    found.push({ kind: 'person-name', start: tokens[first].start, end: tokens[last].end, message });
    i = last;
  }
  return found;
}

function markExcluded(tokens: readonly Token[], spans: ReadonlyArray<{ start: number; end: number }>, blocked: Uint8Array): void {
  if (spans.length === 0) return;
  tokens.forEach((token, i) => {
    if (spans.some((span) => token.start < span.end && token.end > span.start)) blocked[i] = 1;
  });
}

/**
 * Blocks the capitalised words before an institution word ("Royal Albert Edward Infirmary",
 * "Diana, Princess of Wales Hospital", "Clare's Law", "Parkinson's disease") and after a saint's
 * "St" ("St Mungo's").
 */
function markInstitutions(value: string, tokens: readonly Token[], blocked: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // Capitalised ("George Eliot Hospital"), or an eponym's lower-case word ("Parkinson's disease").
    const head = institutionHeads.has(token.folded) && (isCapitalized(token.text) || (i > 0 && tokens[i - 1].possessive && eponymHeads.has(token.folded)));
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
    }
    if (i > 0 && placeNouns.has(token.text) && isCapitalized(tokens[i - 1].text) && /^\s+$/.test(value.slice(tokens[i - 1].end, token.start))) blocked[i - 1] = 1;
    if (saints.has(token.folded) && isCapitalized(token.text) && i + 1 < tokens.length && isCapitalized(tokens[i + 1].text)) {
      blocked[i] = 1;
      blocked[i + 1] = 1;
    }
  }
}

/** Marks the words of every phrase of `phrases` (folded, one space between words). */
function markPhrases(value: string, tokens: readonly Token[], phrases: ReadonlySet<string>, maxWords: number, marks: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i].text)) continue;
    let phrase = '';
    for (let k = 0; k < maxWords && i + k < tokens.length; k++) {
      if (k > 0) {
        const between = value.slice(tokens[i + k - 1].end, tokens[i + k].start);
        if (!/^,?\s+$|^-$/.test(between) || tokens[i + k - 1].possessive) break;
        phrase += between === '-' ? '-' : ' ';
      }
      phrase += tokens[i + k].folded;
      if (phrases.has(phrase) || phrases.has(phrase.replace(/-/g, ' '))) for (let m = i; m <= i + k; m++) marks[m] = 1;
    }
  }
}

/** "her friend Shannon", "A friend, Abdi, had ...", "named Chiamaka". */
function hasPersonContext(value: string, tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous) return false;
  const between = value.slice(previous.end, tokens[i].start);
  if (!/^,?\s+$/.test(between)) return false;
  return personContext.has(previous.folded);
}

/** True when a capitalised word stands right before or after this one (a title, a proper noun). */
function capitalisedNeighbour(value: string, tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  // "New Year's Eve": a possessive capitalised word before counts too.
  const before = previous && /^(?:['’ʼ][sS])?\s+$/.test(value.slice(previous.end, tokens[i].start)) && isCapitalized(previous.text);
  const after = next && /^\s+$/.test(value.slice(tokens[i].end, next.start)) && isCapitalized(next.text);
  return Boolean(before || after);
}
