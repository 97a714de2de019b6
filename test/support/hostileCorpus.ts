import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from './paths';
import { seededRandom as prng } from './seededRandom';

/** One hostile input: its text and the rule ids the person must see for it. */
export interface HostileCase {
  name: string;
  /** Where it comes from: a committed file, or a generator run now (big files are never committed). */
  origin: string;
  text: string;
  expect: string[];
}

interface ManifestEntry {
  name: string;
  file?: string;
  generate?: keyof typeof generators;
  size?: number;
  expect: string[];
}

export const hostileDir = join(fixturesDir, 'hostile');

const header = [
  'title: Westshire review',
  'csp: Westshire',
  'published: 2023-08',
  'yearOfDeath: 2020',
  'source:',
  '  url: https://example.org/westshire.pdf',
  'summary: The review found that agencies did not share what they knew.',
].join('\n');

/** Text generators for the cases too big (or too binary) to commit. `size` is depth or length. */
export const generators = {
  /** `title: [[[[...]]]]` nested `size` deep in flow style. */
  nestedFlow: (size: number) => `${header.replace('title: Westshire review', `title: ${'['.repeat(size)}${']'.repeat(size)}`)}\n`,
  /** A block mapping nested `size` levels deep, one more space per level (so about size²/2 characters). */
  nestedBlockMap: (size: number) => {
    const lines = ['title: Westshire review', 'summary:'];
    for (let level = 1; level <= size; level++) lines.push(`${' '.repeat(level)}k${level}:`);
    return lines.join('\n') + '\n';
  },
  /** Block sequences nested `size` levels deep in the compact form: `- - - - ... - x` on one line. */
  nestedBlockSeq: (size: number) => `title: Westshire review\nrecommendations:\n  ${'- '.repeat(size)}x\n`,
  /** A well-formed summary padded with recommendations to `size` characters. */
  hugeSummary: (size: number) => {
    const parts = [header, 'recommendations:'];
    let length = parts.join('\n').length;
    for (let n = 1; length < size; n++) {
      const item = `  - number: ${n}\n    text: Agency ${n} should review how it shares risk information with its partners.\n    addressedTo:\n      - All agencies involved in this review`;
      parts.push(item);
      length += item.length + 1;
    }
    return parts.join('\n') + '\n';
  },
  /** The whole summary as one flow mapping on a single line of `size` characters, an unknown key at its very end. */
  longLine: (size: number) => {
    const start =
      '{title: Westshire review, csp: Westshire, published: 2023-08, yearOfDeath: 2020, source: {url: "https://example.org/westshire.pdf"}, summary: "';
    const end =
      '", recommendations: [{number: 1, text: All agencies should share risk information., addressedTo: [All agencies involved in this review]}], colour: red}';
    const sentence = 'The review found that agencies did not share what they knew. ';
    const fill = sentence
      .repeat(Math.ceil((size - start.length - end.length) / sentence.length))
      .slice(0, Math.max(0, size - start.length - end.length));
    return start + fill + end;
  },
  /** Random bytes decoded as UTF-8 (as an editor would show them): replacement characters, NULs, controls. */
  binaryJunk: (size: number) => {
    const next = prng(8);
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = Math.floor(next() * 256);
    return bytes.toString('utf8');
  },
};

export function readHostileManifest(): ManifestEntry[] {
  return (JSON.parse(readFileSync(join(hostileDir, 'manifest.json'), 'utf8')) as { cases: ManifestEntry[] }).cases;
}

/** The case named `name` (its text generated or read now). */
export function loadHostileCase(entry: ManifestEntry): HostileCase {
  if (entry.file)
    return { name: entry.name, origin: entry.file, text: readFileSync(join(hostileDir, entry.file), 'utf8'), expect: entry.expect };
  if (!entry.generate || !(entry.generate in generators)) throw new Error(`hostile case ${entry.name}: no file and no known generator`);
  const size = entry.size ?? 1000;
  return { name: entry.name, origin: `${entry.generate}(${size})`, text: generators[entry.generate](size), expect: entry.expect };
}
