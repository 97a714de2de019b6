import type { Fix } from '../types';
import { encodeForStyle } from './redactionEdits';
import { sourceSpan, type ScalarSource } from './scalarSource';
import type { RedactionKind, TextFinding } from './textFinding';

/** What each removable identifier is called, and the neutral words that can stand in its place on a published page. */
const removable: Partial<Record<RedactionKind, { noun: string; phrase: string }>> = {
  address: { noun: 'address', phrase: 'their home' },
  postcode: { noun: 'postcode', phrase: 'the area' },
  phone: { noun: 'phone number', phrase: 'a phone number' },
  email: { noun: 'e-mail address', phrase: 'an e-mail address' },
  'nhs-number': { noun: 'NHS number', phrase: 'their NHS number' },
  'ni-number': { noun: 'National Insurance number', phrase: 'their National Insurance number' },
  'vehicle-registration': { noun: 'vehicle registration', phrase: 'a vehicle' },
};

/** Words just before an identifier that already say what it is ("her mobile number 07700 …"): then it is simply dropped. */
const namedBefore =
  /\b(?:number|phone|mobile|landline|telephone|tel\.?|car|vehicle|van|e-?mail(?: address)?|address|postcode|registration|reg\.?)\s*:?\s*$/i;

/**
 * "Remove the phone number": for each personal identifier in one text, a fix that takes it out
 * and keeps the sentence readable, by four fixed rules, in this order:
 *  1. in brackets, "(07700 900461)", the brackets and the space before them go too;
 *  2. between commas or before the sentence's end, ", 41 Ashcombe Terrace,", the pair of commas goes;
 *  3. after words that name it, "her mobile number 07700 900461", only the identifier goes;
 *  4. otherwise neutral words take its place: "at 41 Ashcombe Terrace, PL4 8QT, in May" → "at their home in May".
 * Identifiers written together (an address, then its postcode) are one removal, and the comma
 * that closes such a written-out address goes with it. No fix when the scalar's source cannot be
 * mapped exactly or the edit would change how a plain scalar parses.
 */
export function identifierRemovalFixes(source: ScalarSource, found: readonly TextFinding[]): Map<TextFinding, Fix> {
  const fixes = new Map<TextFinding, Fix>();
  if (!source.exact) return fixes;
  const value = source.value;
  const candidates = found.filter((f) => removable[f.kind]).sort((a, b) => a.start - b.start);
  for (const group of groupsWrittenTogether(candidates, value)) {
    const fix = removalFix(source, group);
    if (fix) for (const finding of group) fixes.set(finding, fix);
  }
  return fixes;
}

function groupsWrittenTogether(findings: TextFinding[], value: string): TextFinding[][] {
  const groups: TextFinding[][] = [];
  for (const finding of findings) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    if (previous && /^,? ?$/.test(value.slice(previous.end, finding.start)) && finding.start >= previous.end) last.push(finding);
    else groups.push([finding]);
  }
  return groups;
}

function removalFix(source: ScalarSource, group: TextFinding[]): Fix | undefined {
  const value = source.value;
  const start = group[0].start;
  const end = group[group.length - 1].end;
  const kinds = [...new Set(group.map((f) => f.kind))];
  const main = kinds.includes('address') ? 'address' : kinds[0];
  const noun = kinds.map((kind) => removable[kind]!.noun).join(' and ');
  const before = value.slice(0, start);
  const after = value.slice(end);
  const removeTitle = `Remove the ${noun}`;
  let cut: { start: number; end: number; text: string };
  const bracketOpen = /\s*\(\s*$/.exec(before);
  const bracketClose = /^\s*\)/.exec(after);
  const commaBefore = /,\s*$/.exec(before);
  if (bracketOpen && bracketClose) {
    cut = { start: bracketOpen.index, end: end + bracketClose[0].length, text: '' };
  } else if (commaBefore && /^(?:,|[.;!?]|\s*$)/.test(after)) {
    cut = { start: commaBefore.index, end: after.startsWith(',') ? end + 1 : end, text: '' };
  } else if (namedBefore.test(before)) {
    const gap = /[\s:]*$/.exec(before)!;
    cut = { start: gap.index, end: end + closingComma(group, after), text: '' };
  } else {
    const phrase = removable[main]!.phrase;
    const words = startsSentence(before) ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
    cut = { start, end: end + closingComma(group, after), text: words };
    const span = sourceSpan(source, cut.start, cut.end);
    if (!safeInPlain(source, value, cut)) return undefined;
    return { title: `${removeTitle} (write "${phrase}" instead)`, edits: [{ ...span, newText: encodeForStyle(words, source.style) }] };
  }
  if (cut.start >= cut.end || !safeInPlain(source, value, cut)) return undefined;
  return { title: removeTitle, edits: [{ ...sourceSpan(source, cut.start, cut.end), newText: '' }] };
}

/** A written-out address ("41 Ashcombe Terrace, PL4 8QT,") is closed by a comma that goes with it. */
function closingComma(group: TextFinding[], after: string): number {
  return group.length > 1 && /^,\s/.test(after) ? 1 : 0;
}

function startsSentence(before: string): boolean {
  const trimmed = before.trimEnd();
  return trimmed.length === 0 || /[.!?]["”’')]?$/.test(trimmed);
}

/** In a plain scalar, an edit must not bring together ": " or " #", nor leave the text starting or ending with a space or a comma it did not have. */
function safeInPlain(source: ScalarSource, value: string, cut: { start: number; end: number; text: string }): boolean {
  if (source.style !== 'PLAIN') return true;
  const result = value.slice(0, cut.start) + cut.text + value.slice(cut.end);
  const near = result.slice(Math.max(0, cut.start - 2), cut.start + cut.text.length + 2);
  if (/: | #/.test(near)) return false;
  return result.trim() === result && result.length > 0 && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(result);
}
