import type { TextFinding } from './textFinding';

/**
 * Pseudonyms of the full report: a role or title with a letter or a number ("Adult A",
 * "Child B", "Mr X", "Victim 1", "Family Member 2"). Capitalised, and the letter stands alone
 * ("adult family homicide" and "Adult Social Care" are not codes). "Section 42" or
 * "Recommendation 3" are not people, so only words that stand for a person start a code.
 */
const personWords = [
  'Adult',
  'Child',
  'Victim',
  'Perpetrator',
  'Person',
  'Subject',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Baby',
  'Sibling',
  'Son',
  'Daughter',
  'Partner',
  'Ex-partner',
  'Friend',
  'Witness',
  'Neighbour',
  'Relative',
  'Family Member',
  'Male',
  'Female',
  'Man',
  'Woman',
  'Boy',
  'Girl',
  'Parent',
  'Mother',
  'Father',
  'Brother',
  'Sister',
  'Grandparent',
  'Grandmother',
  'Grandfather',
  'Aunt',
  'Uncle',
  'Cousin',
  'Carer',
  'Colleague',
  'Tenant',
  'Resident',
  'Patient',
  'Client',
  'Service User',
  'Young Person',
  'Individual',
];
const pseudonym = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${personWords.join('|')})\\.? (?:[A-Z]|\\d{1,2})(?![\\p{L}\\p{N}]|[.,]\\d|[-/]\\p{L}|['’ʼ](?![sS](?![\\p{L}]))\\p{L})`,
  'gu',
);

export function findPseudonyms(value: string): TextFinding[] {
  const found: TextFinding[] = [];
  for (const match of value.matchAll(pseudonym)) {
    const start = match.index!;
    const end = start + match[0].length;
    // "Child A-Z" or "Adult A&E" style text is not a code; "Ms O'Brien" is a name; "Adult A's" is a code.
    if (/^&/.test(value.slice(end))) continue;
    found.push({
      kind: 'pseudonym',
      start,
      end,
      message: 'A pseudonym of the full report identifies a person to anyone who has read it: refer to the person by role.',
    });
  }
  return found;
}
