import type { WordLookup } from '../packedWords';
import type { NameData } from './nameData';
import { markOrganisations } from './organisations';
import { citationAround, placePrepositionBefore, roleAfter, roleBefore, verbAfter } from './personEvidence';
import type { TextFinding } from './textFinding';
import { isAllCaps, isCapitalized, joinedBySpace, startsSentence, type Token } from './tokens';

/**
 * Likely names of people that nobody declared. A capitalised word is a person only when evidence
 * says so: an honorific before it ("Dr Okafor"), an initial ("J. Byrne"), a given name from the
 * data set (alone, or with a surname), a role or kinship word before it or in apposition ("her
 * uncle Delroy", "Hodan, her closest friend"), a verb only people do after it ("Shabnam said"),
 * or capitals with such a role ("Her father, BALDEV SINGH"). It is never a person when the
 * evidence says otherwise: the name of an organisation, a statute or a scheme ("Clare's Law",
 * "Brighton Youth Centre", "Cyngor Sir Ceredigion"), an agency of the catalogue, a place (UK or
 * world, with a place preposition it needs no more: "from Sofia"), a country, nationality,
 * language, community or brand ("Polish", "Irish Traveller", "Ring"), a month or season, an
 * ordinary English word ("will", "hope"), and allowed text. The reasons go into the message.
 * A titled name in a sentence about research ("Professor Stark's work") is a cited author: a
 * public-figure finding of its own, lower in severity.
 */

/** Titles and ranks written before a surname (police ranks included: "DS Morgan", "PC Jenkins"). */
const honorifics = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
  'Dame',
  'Lady',
  'Lord',
  'Rev',
  'Revd',
  'Cllr',
  'PC',
  'PCSO',
  'DC',
  'DS',
  'DI',
  'DCI',
  'DSI',
  'Sgt',
  'Insp',
  'Supt',
  'Cpl',
  'Pte',
]);

const calendar = new Set(
  (
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'christmas easter lent advent whitsun pentecost halloween ramadan eid diwali hanukkah passover vaisakhi navratri spring summer autumn winter'
  ).split(' '),
);
/** Words before a single capital that make it a label, not an initial ("Appendix B.", "Plan A.", "an X."). */
const labelWords = new Set(
  (
    'a an the letter appendix annex annexe option plan part section schedule table figure chart grade category class type level stage step phase tier band block ' +
    'wing ward bay room floor flat unit zone route form vitamin hepatitis adult child victim person subject perpetrator witness mr mrs ms miss mx dr'
  ).split(' '),
);
/** Words that start the next sentence far more often than they are a surname ("... Plan B. The ..."). */
const sentenceStarters = new Set(
  'the this that these those there then it its in on at as and but or if when while where after before all any each every no not her his she he they we our their a an some one so also however'.split(
    ' ',
  ),
);
/** Nations, regions and counties that are abbreviated with a compass letter ("N. Yorkshire", "S. Wales"). */
const compassRegion =
  /^(?:\p{L}+shire|wales|england|scotland|ireland|midlands|sussex|essex|riding|london|devon|cornwall|somerset|lothian|ayrshire)$/u;

export function findPersonNames(
  value: string,
  tokens: readonly Token[],
  data: NameData,
  excluded: ReadonlyArray<{ start: number; end: number }>,
): TextFinding[] {
  const blocked = new Uint8Array(tokens.length);
  markExcluded(tokens, excluded, blocked);
  markOrganisations(value, tokens, data, blocked);
  markPhrases(value, tokens, data.agencies, data.agencyMaxWords, blocked);
  markPhrases(value, tokens, data.notPeople, data.notPeopleMaxWords, blocked);
  const place = new Uint8Array(tokens.length);
  markPhrases(value, tokens, data.places, data.placeMaxWords, place);

  const found: TextFinding[] = [];
  // Evidence of a person beats a place of the same name ("her uncle Kingston said"), except a
  // place preposition right before it ("from Kingston").
  const personEvidence = (first: number, last: number) => {
    const role = roleBefore(value, tokens, first);
    if (role) return `a role or kinship word before it ("${role}")`;
    const apposed = roleAfter(value, tokens, last);
    if (apposed) return `a role beside it ("${apposed}")`;
    const verb = verbAfter(value, tokens, last);
    if (verb) return `a verb that people do after it ("${verb}")`;
    return undefined;
  };
  const calendarWord = (i: number) => calendar.has(tokens[i].folded) && !roleBefore(value, tokens, i);
  const isNameWord = (i: number) =>
    i < tokens.length && !blocked[i] && isCapitalized(tokens[i].text) && tokens[i].text.length >= 2 && !calendarWord(i);
  const isWord = (i: number) => data.ordinaryWords.has(tokens[i].folded) || data.rareWords.has(tokens[i].folded);
  const surnameLike = (i: number) => isNameWord(i) && !isWord(i) && !honorifics.has(tokens[i].text) && !place[i];
  const atPlace = (i: number) => place[i] && placePrepositionBefore(value, tokens, i);
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
    const reasons: string[] = [];
    // 1. Honorific and name: "Dr Okafor", "Mrs Adebayo-Smith", "Mr. John Smith".
    if (
      honorifics.has(token.text) &&
      i + 1 < tokens.length &&
      /^\.?\s+$/.test(value.slice(token.end, tokens[i + 1].start)) &&
      isNameWord(i + 1) &&
      tokens[i + 1].text.length > 1
    ) {
      first = i;
      // After an honorific every capitalised word is part of the name ("Dr Amir Khan").
      last = i + 1;
      while (
        last - i < 3 &&
        last + 1 < tokens.length &&
        joinedBySpace(value, tokens[last], tokens[last + 1]) &&
        isNameWord(last + 1) &&
        !honorifics.has(tokens[last + 1].text)
      )
        last++;
      reasons.push(`a title before it ("${token.text}")`);
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
      const wordSurname = (k: number) =>
        isNameWord(k) &&
        !honorifics.has(tokens[k].text) &&
        !sentenceStarters.has(tokens[k].folded) &&
        !place[k] &&
        token.text !== 'I' &&
        !label;
      if (
        next < tokens.length &&
        /^\.\s+$/.test(value.slice(tokens[next - 1].end, tokens[next].start)) &&
        (surnameLike(next) || (isNameWord(next) && !honorifics.has(tokens[next].text) && !isWord(next)) || wordSurname(next)) &&
        !compassPlace
      ) {
        first = i;
        last = extend(next, 1);
        reasons.push('an initial before it');
      }
    }
    // 3. A given name, with or without a surname: "Chiamaka", "Andrei Popescu".
    else if (isNameWord(i) && data.givenNames.has(token.folded) && !isAllCaps(token.text) && !saintBefore(tokens, i) && !atPlace(i)) {
      // A given name that is also an English word ("Grace", "Karma", "John") or a place ("Sofia")
      // needs a surname, a role or verb that says person, or a capital that the sentence does not
      // explain: not the sentence's first word, and not one word of a longer capitalised name.
      const alsoWord = isWord(i);
      // After a given name that is not also a word, the next capitalised word is its surname even
      // when that is a word too ("Jane Smith", "Mary Baker"): flagging "Jane" alone would leave
      // "Smith" on the page, and its fix would write "the victim Smith".
      const surnameAfterName = (k: number) =>
        surnameLike(k) ||
        (!alsoWord && !place[i] && isNameWord(k) && !honorifics.has(tokens[k].text) && !startsSentence(value, tokens[k]) && !place[k]);
      const hasSurname = i + 1 < tokens.length && joinedBySpace(value, token, tokens[i + 1]) && surnameAfterName(i + 1);
      const end = hasSurname ? extend(i + 1, 1) : i;
      const evidence = personEvidence(i, end);
      const capitalisedForNoReason = alsoWord && !startsSentence(value, token) && !capitalisedNeighbour(value, tokens, i);
      if (evidence || hasSurname || (!place[i] && (!alsoWord || capitalisedForNoReason))) {
        first = i;
        last = end;
        reasons.push('a known given name');
        if (hasSurname) reasons.push('a surname after it');
        if (evidence) reasons.push(evidence);
      }
    }
    // 4. A name in capitals: "MARGARET", "JOHN SMITH" (acronyms are not names: DASH, MARAC), or
    // capitals the sentence calls a person ("Her father, BALDEV SINGH,").
    else if (isAllCaps(token.text) && token.text.length >= 3 && !data.ordinaryWords.has(token.folded) && !data.acronyms.has(token.text)) {
      const pair =
        i + 1 < tokens.length &&
        isAllCaps(tokens[i + 1].text) &&
        tokens[i + 1].text.length >= 2 &&
        joinedBySpace(value, token, tokens[i + 1]) &&
        !blocked[i + 1] &&
        !data.ordinaryWords.has(tokens[i + 1].folded) &&
        !data.acronyms.has(tokens[i + 1].text);
      const end = pair ? i + 1 : i;
      const evidence = personEvidence(i, end);
      const known = data.givenNames.has(token.folded) && !place[i];
      if ((known && (pair || token.text.length >= 4)) || (evidence && !atPlace(i))) {
        first = i;
        last = end;
        reasons.push('written in capitals');
        if (known) reasons.push('a known given name');
        if (evidence) reasons.push(evidence);
      }
    }
    // 5. A capitalised word outside the name data that the sentence calls a person: "her
    // sister-in-law Shabnam", "Rhodri told the review", "Hodan, her closest friend,".
    else if (isNameWord(i) && !isWord(i) && !place[i] && !honorifics.has(token.text) && !isAllCaps(token.text)) {
      const end = extend(i, 1);
      const role = roleBefore(value, tokens, i) ?? roleAfter(value, tokens, end);
      const verb = verbAfter(value, tokens, end);
      // A verb alone is weak for a word that starts the sentence ("Bawso said", "Calan told"):
      // there it needs a role too.
      if (role || (verb && !startsSentence(value, token) && !isCapitalized(tokens[i - 1]?.text ?? 'a'))) {
        first = i;
        last = end;
        reasons.push(role ? `a role or kinship word beside it ("${role}")` : `a verb that people do after it ("${verb}")`);
      }
    }
    if (first < 0) continue;
    const citation = citationAround(value, tokens, first, last);
    const titled = /^(?:Professor|Prof|Dr)$/.test(tokens[first].text);
    if (citation && (titled || tokens[last].possessive)) {
      found.push({
        kind: 'public-figure',
        start: tokens[first].start,
        end: tokens[last].end,
        message: `This looks like a cited author or public figure (${titled ? 'an academic title, ' : ''}"${citation}" in the sentence): check that it names no one in the case. If it does, refer to the person by role; if not, add it to redaction.allow.`,
      });
    } else {
      found.push({
        kind: 'person-name',
        start: tokens[first].start,
        end: tokens[last].end,
        message: `This looks like a person's name (${reasons.join('; ')}): refer to the person by role ("the victim", "a family member", "a professional"). If it is not a name, add it to redaction.allow.`,
      });
    }
    i = last;
  }
  return found;
}

function saintBefore(tokens: readonly Token[], i: number): boolean {
  return ['st', 'saint', 'ste'].includes(tokens[i - 1]?.folded ?? '');
}

function markExcluded(tokens: readonly Token[], spans: ReadonlyArray<{ start: number; end: number }>, blocked: Uint8Array): void {
  if (spans.length === 0) return;
  tokens.forEach((token, i) => {
    if (spans.some((span) => token.start < span.end && token.end > span.start)) blocked[i] = 1;
  });
}

/**
 * Marks the words of every phrase of `phrases` (keys made by foldPhrase: folded, one space between
 * words, no apostrophes, "st" for Saint), possessives inside included ("Bishop's Stortford").
 */
export function markPhrases(value: string, tokens: readonly Token[], phrases: WordLookup, maxWords: number, marks: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i].text)) continue;
    let phrase = '';
    for (let k = 0; k < maxWords && i + k < tokens.length; k++) {
      if (k > 0) {
        const between = value.slice(tokens[i + k - 1].end, tokens[i + k].start).replace(/^['’ʼ][sS]/, '');
        if (!/^\.?,?\s+$|^-$/.test(between)) break;
        phrase += between === '-' ? '-' : ' ';
      }
      phrase += phraseKey(tokens[i + k]);
      if (phrases.has(phrase) || phrases.has(phrase.replace(/-/g, ' '))) for (let m = i; m <= i + k; m++) marks[m] = 1;
    }
  }
}

function phraseKey(token: Token): string {
  const word = token.folded.replace(/['’ʼ]/g, '') + (token.possessive ? 's' : '');
  return word === 'saint' ? 'st' : word;
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
