import { allowedSpans, findDeclaredNames } from './declaredNames';
import { findIdentifiers } from './identifiers';
import { findInitialPseudonyms } from './initialPseudonyms';
import type { NameData } from './nameData';
import type { RedactionPolicy } from './policy';
import { findPersonNames } from './personNames';
import { findPseudonyms } from './pseudonyms';
import type { TextFinding } from './textFinding';
import { tokenize } from './tokens';

type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span) => a.start < b.end && a.end > b.start;
const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/**
 * Everything the redaction policy finds in one text (a scalar's value), in value offsets. A
 * declared name wins over the other kinds on the same words; allowed text hides names, never
 * identifiers.
 */
export function analyzeText(value: string, policy: RedactionPolicy, data: NameData): TextFinding[] {
  if (!/[\p{L}\p{N}]/u.test(value)) return [];
  const tokens = tokenize(value);
  const allowed = allowedSpans(value, tokens, policy);
  const notAllowed = (f: Span) => !allowed.some((span) => inside(f, span));
  // An identifier (an e-mail address with a declared first name in it) is reported as itself.
  const identifiers = findIdentifiers(value);
  const declared = keepOutermost(
    findDeclaredNames(value, tokens, policy, data.ordinaryWords).filter((f) => notAllowed(f) && !identifiers.some((i) => overlaps(i, f))),
  );
  const codes = findPseudonyms(value).filter((f) => notAllowed(f) && !declared.some((d) => overlaps(d, f)));
  const taken = [...allowed, ...declared, ...codes, ...identifiers];
  const initials = findInitialPseudonyms(value, tokens, data, (i) => taken.some((span) => overlaps(span, tokens[i])));
  const pseudonyms = [...codes, ...initials];
  const people = findPersonNames(value, tokens, data, [...allowed, ...declared, ...pseudonyms, ...identifiers]);
  return [...declared, ...identifiers, ...pseudonyms, ...people].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Of overlapping findings, the one that covers most ("Patricia Doherty" over "Patricia"). */
function keepOutermost(findings: TextFinding[]): TextFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextFinding[] = [];
  for (const finding of sorted) {
    const previous = out[out.length - 1];
    if (previous && finding.start < previous.end) {
      if (finding.end > previous.end) out[out.length - 1] = { ...previous, end: finding.end };
      continue;
    }
    out.push(finding);
  }
  return out;
}
