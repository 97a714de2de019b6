import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir, fixturesDir, sharedDir } from './paths';

/** The texts mutations start from: the examples, the redaction corpus, and the schema and YAML fixtures. */
export function seedTexts(): string[] {
  const read = (dir: string, limit = Infinity): string[] => {
    try {
      return readdirSync(dir)
        .filter((name) => name.endsWith('.review.yaml'))
        .sort()
        .slice(0, limit)
        .map((name) => readFileSync(join(dir, name), 'utf8'));
    } catch {
      return [];
    }
  };
  return [
    ...read(examplesDir),
    ...read(join(sharedDir, 'corpus', 'redaction')),
    ...read(join(fixturesDir, 'yaml')),
    ...read(join(fixturesDir, 'schema'), 12),
  ];
}

/** Any code point of any plane, including lone surrogates, NUL and other controls. */
const anyCodePoint = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
  fc.constantFrom('\u0000', '\t', '\r', '\n', '\r\n', '\uFEFF', '\u200B', '\u2028', '\u0301', 'e\u0301', '😀', '👩‍👧', '\uFFFD'),
);

/** Pieces of YAML and of what people paste: structure characters, keys, markup, tags, anchors. */
const yamlPiece = fc.constantFrom(
  ': ',
  ':',
  '- ',
  '-',
  '#',
  ' # note',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '|',
  '>-',
  '&a ',
  '*a',
  '!tag ',
  '!!str ',
  '---\n',
  '...\n',
  '? ',
  '\t',
  '  ',
  '    ',
  '\n',
  '\r\n',
  '\r',
  '%YAML 1.2\n',
  '@',
  '`',
  '\\',
  '\\"',
  'title: ',
  'summary: ',
  'recommendations:\n  - ',
  'number: ',
  'text: ',
  'addressedTo:\n      - ',
  'parts:\n      - label: a\n        text: ',
  'redaction:\n  names:\n    - ',
  'Essex Police',
  'EPUT | Essex Adult Social Care',
  'Adult A',
  'Mrs Smith',
  'SW1A 1AA',
  '07700 900123',
  '01/02/1980',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '&amp;',
  '&#60;b&#62;',
  '](javascript:x)',
);

const insertion = fc.oneof(
  { weight: 3, arbitrary: yamlPiece },
  { weight: 2, arbitrary: fc.array(anyCodePoint, { maxLength: 6 }).map((cps) => cps.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** One edit of a text; positions are fractions so they fit any length. */
export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'indent'; line: number; delta: number }
  | { kind: 'lineEndings'; to: '\r\n' | '\n' | '\r' | 'mixed' }
  | { kind: 'bom' };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, text: insertion }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), a: fraction, b: fraction }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('indent' as const), line: fraction, delta: fc.integer({ min: -4, max: 4 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('lineEndings' as const),
      to: fc.constantFrom('\r\n' as const, '\n' as const, '\r' as const, 'mixed' as const),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
);

export function applyMutation(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'insert': {
      const at = Math.floor(m.at * (text.length + 1));
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'delete': {
      const at = Math.floor(m.at * text.length);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'swapLines': {
      const lines = text.split('\n');
      const a = Math.floor(m.a * lines.length);
      const b = Math.floor(m.b * lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'indent': {
      const lines = text.split('\n');
      const i = Math.floor(m.line * lines.length);
      lines[i] = m.delta >= 0 ? ' '.repeat(m.delta) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.delta}}`), '');
      return lines.join('\n');
    }
    case 'lineEndings': {
      const plain = text.replace(/\r\n?/g, '\n');
      if (m.to === 'mixed')
        return plain
          .split('\n')
          .map((line, i) => line + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r'))
          .join('');
      return plain.replace(/\n/g, m.to);
    }
    case 'bom':
      return text.startsWith('\uFEFF') ? text.slice(1) : '\uFEFF' + text;
  }
}

/** A seed text with a few mutations applied. */
export function mutatedDocument(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
    .map(([index, mutations]) => mutations.reduce(applyMutation, seeds[index]));
}

/** A document built from scratch: lines of keys, list items and values at random indentation. */
export const randomDocument: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 8 }),
      fc.oneof(
        yamlPiece,
        fc.constantFrom(
          'title',
          'csp',
          'published',
          'yearOfDeath',
          'reviewType',
          'source',
          'url',
          'summary',
          'recommendations',
          'number',
          'text',
          'parts',
          'label',
          'addressedTo',
          'redaction',
          'names',
          'allow',
          'numbr',
        ),
      ),
      fc.oneof(yamlPiece, insertion, fc.constantFrom('2023-08', '2020', 'https://example.org/x.pdf', 'DHR', 'Westshire', '1', 'a', '')),
    ),
    { maxLength: 25 },
  )
  .map((lines) => lines.map(([indent, key, value]) => `${' '.repeat(indent)}${key}${value}`).join('\n'));
