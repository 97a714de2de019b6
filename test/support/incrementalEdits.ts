// Random edits for the property tests that hold incremental work to the whole-file result
// (test/unit/incremental/): example and generated files, and what people type in and around them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { generateSummary } from './generateSummary';
import { examplesDir } from './paths';

/** A generated summary with things for every rule to find, so findings must move and stay right. */
export function messySummary(recommendations: number, seed: number): string {
  return generateSummary({ recommendations, seed })
    .replace('  - number: 2\n', '  - number: 3\n')
    .replace('      - Essex Police\n', '      - EPUT\n')
    .replace('to confirm', 'to confirm with Jane Smith (07700 900123)')
    .concat('redaction:\n  names:\n    - Jane Smith\n    - Patricia\n');
}

/** Suppression comments where they reach across recommendations, or name rules checked over the whole file. */
export function commentedSummary(recommendations: number, seed: number): string {
  return messySummary(recommendations, seed)
    .replace('recommendations:\n', 'recommendations:\n  # review-summary-disable-next-line schema/unknown-field\n')
    .replace('  - number: 4\n', '    # review-summary-disable-next-line numbering/gap\n  - number: 4\n')
    .replace('  - number: 5\n', '  - number: 5 # review-summary-disable-line numbering/*\n')
    .replace(
      '  - number: 6\n    text: >-\n',
      '  - number: 6\n    text: >-\n      Ms Green # review-summary-disable-line redaction/person-name\n',
    );
}

export const bases = [
  readFileSync(join(examplesDir, 'uttlesford.review.yaml'), 'utf8'),
  readFileSync(join(examplesDir, 'mistakes.review.yaml'), 'utf8'),
  generateSummary({ recommendations: 6, seed: 7 }),
  messySummary(8, 3),
  messySummary(5, 11).replace(/\n/g, '\r\n'),
  commentedSummary(9, 5),
];

/**
 * What people type, in prose and around it: names, identifiers, YAML punctuation, line breaks,
 * and the structure of a recommendation (numbers, fields, parts, agencies, new items, comments).
 */
const insertions = [
  ...[
    'e',
    'the ',
    ' and',
    'Jane',
    ' Jane Smith',
    ' Patricia',
    ' Mr Brown',
    ' Adult A',
    ' 07700 900456',
    ' SW1A 1AA',
    ': ',
    ' #',
    ' # review-summary-disable-line redaction/person-name',
    '"',
    "'",
    '\n',
    '\n      more',
    '- ',
    '  ',
    '&a ',
    '*a',
    '!tag ',
    '{',
    '[',
    '\t',
    '',
  ],
  ...[
    '1',
    '0',
    'numbr',
    'x: 1\n    ',
    '\n    note: extra',
    '\n      - EPUT',
    '\n      - Essex Police',
    'Essex ',
    '\n    # a note',
    '\n    # review-summary-disable-next-line agency/unknown',
    '\n    # review-summary-disable-next-line redaction/*',
  ],
  ...[
    '\nAt column 0',
    '\n  - number: 9\n    text: A new one.\n    addressedTo: [Essex Police]',
    '\n      - label: c\n        text: Another part.',
    'label: b',
    '    ',
  ],
];

/** Offsets inside prose lines (the continuation lines of folded texts), where the fast path applies. */
export function proseOffsets(text: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (/^ {6,}[A-Za-z]/.test(line)) offsets.push(at + line.length - (line.endsWith('\r') ? 1 : 0), at + line.search(/\S/) + 3);
    at += line.length + 1;
  }
  return offsets;
}

/** Whole lines as people add, paste, delete or duplicate them: a recommendation, its fields, several. */
const lineInsertions = [
  '  - number: 4\n    text: Another one.\n    addressedTo:\n      - EPUT\n',
  '  - number: 12\n    text: Agencies should act.\n    addressedTo: [Essex Police]\n  - number: 13\n    text: And report.\n    addressedTo: [EPUT]\n',
  '    addressedTo:\n      - Essex Police\n',
  '  - number: 2\n',
  '',
];

export interface Edit {
  prose: boolean;
  pick: number;
  remove: number;
  insert: string;
  /** Whole lines: the edit starts at a line start, removes `remove` whole lines and inserts `lines`. */
  wholeLines?: { remove: number; insert: string };
}

export const editArbitrary = fc.record({
  prose: fc.boolean(),
  pick: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.constant(0), fc.nat({ max: 6 })),
  insert: fc.constantFrom(...insertions),
  // One edit in four is of whole lines.
  wholeLines: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 3 },
    { arbitrary: fc.record({ remove: fc.nat({ max: 8 }), insert: fc.constantFrom(...lineInsertions) }), weight: 1 },
  ),
});

export function applyEdit(text: string, edit: Edit): string {
  const candidates = edit.prose ? proseOffsets(text) : [];
  const at = candidates.length > 0 ? candidates[edit.pick % candidates.length] : edit.pick % (text.length + 1);
  if (edit.wholeLines) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let end = lineStart;
    for (let i = 0; i < edit.wholeLines.remove && end < text.length; i++) {
      const next = text.indexOf('\n', end);
      end = next < 0 ? text.length : next + 1;
    }
    return text.slice(0, lineStart) + edit.wholeLines.insert + text.slice(end);
  }
  const end = Math.min(text.length, at + edit.remove);
  return text.slice(0, at) + edit.insert + text.slice(end);
}
