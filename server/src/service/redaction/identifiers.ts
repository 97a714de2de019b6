import type { RedactionKind, TextFinding } from './textFinding';

/**
 * Personal identifiers in prose, each with a pattern that generalises (formats, not examples):
 * e-mail addresses, UK phone numbers, NHS numbers (mod-11 check digit), National Insurance
 * numbers, UK postcodes, vehicle registrations, house-number-and-street addresses, and full
 * dates (a date of birth when the words around it say so). Year-only dates and ages never match.
 */
const months =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const streetTypes =
  'Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Way|Close|Drive|Dr|Grove|Terrace|Crescent|Place|Gardens|Court|Square|Hill|Rise|Row|Walk|Mews|Parade|View|Green|Park|Gate|Wharf|Yard|Boulevard|Circus|Croft|Fold|Meadow|Meadows|Mount|Vale|Wynd|Chase|Approach|Cottages|Villas|Estate';

interface Pattern {
  kind: RedactionKind;
  regex: RegExp;
  /** Optional check on the match (e.g. a check digit); the group to report, default the whole match. */
  accept?: (match: RegExpExecArray) => boolean;
  message: string;
}

const patterns: Pattern[] = [
  {
    kind: 'email',
    regex: /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g,
    message: 'An e-mail address identifies a person: remove it.',
  },
  {
    kind: 'phone',
    // +44 7700 900218, +44 (0)20 7946 0871, 07700 900461, 020 7946 0318, 0113 496 0752
    regex: /(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)(?:\d[\s-]?){8,9}\d\b/g,
    accept: (m) => {
      const digits = m[0].replace(/\D/g, '').replace(/^44/, '').replace(/^0/, '');
      return digits.length === 10 || digits.length === 9;
    },
    message: 'A phone number identifies a person: remove it.',
  },
  {
    kind: 'nhs-number',
    regex: /(?<![\w-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w-])/g,
    accept: (m) => validNhsNumber(m[0].replace(/\D/g, '')),
    message: 'An NHS number (its check digit is valid) identifies a person: remove it.',
  },
  {
    kind: 'ni-number',
    regex: /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g,
    message: 'A National Insurance number identifies a person: remove it.',
  },
  {
    kind: 'postcode',
    regex: /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/g,
    message: 'A postcode can pin down where a person lived: remove it (a town or area is fine).',
  },
  {
    kind: 'vehicle-registration',
    // Current (AB12 CDE) and prefix (A123 BCD) formats.
    regex: /\b(?:[A-Z]{2}\d{2}|[A-Z]\d{1,3}) ?[A-Z]{3}\b/g,
    message: 'A vehicle registration identifies a person: remove it.',
  },
  {
    kind: 'address',
    regex: new RegExp(
      `\\b(?:(?:Flat|Apartment) \\d+[A-Za-z]?,? )?\\d{1,4}[A-Za-z]?,? (?:[A-Z][\\p{L}'’-]+ ){1,3}(?:${streetTypes})\\b`,
      'gu',
    ),
    message: 'A house number and street identify where a person lived: remove them (a town or area is fine).',
  },
  {
    kind: 'full-date',
    regex: new RegExp(
      `\\b(?:\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${months})\\.?,? \\d{4}|(?:${months})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})\\b`,
      'g',
    ),
    accept: (m) => plausibleDate(m[0]),
    message: 'A full date can identify a person (a month and year, or a year, is usually enough): remove the day.',
  },
];

const birthContext = /\b(?:born|birth|DOB|D\.O\.B\.?|birthday|b\.)\W*(?:\w+\W+){0,3}$/i;

export function findIdentifiers(value: string): TextFinding[] {
  const found: TextFinding[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  for (const pattern of patterns) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(value); m; m = pattern.regex.exec(value)) {
      const start = m.index;
      const end = start + m[0].length;
      if (pattern.accept && !pattern.accept(m)) continue;
      if (overlaps(start, end)) continue;
      let kind = pattern.kind;
      let message = pattern.message;
      if (kind === 'full-date' && birthContext.test(value.slice(Math.max(0, start - 40), start))) {
        kind = 'date-of-birth';
        message = 'A date of birth identifies a person: remove it (an age is enough).';
      }
      taken.push([start, end]);
      found.push({ kind, start, end, message });
    }
  }
  return found;
}

/** The NHS number check: weights 10..2 on the first nine digits, 11 - (sum mod 11) is the tenth. */
export function validNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

function plausibleDate(text: string): boolean {
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(text);
  if (numeric) return Number(numeric[1]) >= 1 && Number(numeric[1]) <= 31 && Number(numeric[2]) >= 1 && Number(numeric[2]) <= 12;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31;
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text);
  return !day || (Number(day[1]) >= 1 && Number(day[1]) <= 31);
}

/** Error for the identifiers that name a person outright; warning for dates, which may not. */
export function identifierSeverity(kind: RedactionKind): 'error' | 'warning' {
  return kind === 'full-date' ? 'warning' : 'error';
}

const monthYear = new RegExp(
  `^\\d{1,2}(?:st|nd|rd|th)?(?: of)? (${months})\\.?,? (\\d{4})$|^(${months})\\.? \\d{1,2}(?:st|nd|rd|th)?,? (\\d{4})$`,
);

/** "9 December 2020" → "December 2020": the words a full date can be cut back to, if written in words. */
export function monthAndYear(date: string): string | undefined {
  const match = monthYear.exec(date);
  if (!match) return undefined;
  return match[1] ? `${match[1]} ${match[2]}` : `${match[3]} ${match[4]}`;
}
