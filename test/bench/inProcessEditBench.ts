// The issue 7 target, measured in this process rather than as a difference of two server CPU
// times (which on a shared machine is mostly noise): the CPU yaml-language-server spends on schema
// validation alone for one edit, beside the CPU our service spends on the same edit with every
// rule on. Both see the same sequence of versions, each once, as a server would: a one-word edit
// inside one recommendation's prose, a different word at a different place every time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/languageService';
import { repoRoot, requireFromRepo } from '../support/paths';
import { seededRandom as random } from '../support/seededRandom';

/** CPU time (process.cpuUsage: user + system, all threads of this process) over runs, in ms. */
export interface CpuSpread {
  runs: number;
  medianMs: number;
  p25Ms: number;
  p75Ms: number;
  minMs: number;
  maxMs: number;
}

export interface InProcessEditFigures {
  recommendations: number;
  chars: number;
  edits: number;
  warmUp: number;
  /** yaml-language-server, `doValidation` with our schema on a new version (parse + syntax + schema). */
  ylsWithSchema: CpuSpread;
  /** yaml-language-server, `doValidation` with no schema on a new version (parse + syntax only). */
  ylsWithoutSchema: CpuSpread;
  /** ylsWithSchema.median − ylsWithoutSchema.median: the same thing as a difference of two parse-dominated times (a noisy cross-check). */
  ylsSchemaDifferenceMs: number;
  /**
   * Schema validation alone, measured directly: on a version just parsed (yaml-language-server
   * caches the parse by URI and version), `doValidation` with the schema minus `doValidation`
   * without it (its other passes over the parsed file: unused anchors, suppressions, about 6 ms),
   * paired on each version.
   */
  ylsSchemaAlone: CpuSpread;
  /** `doValidation` with the schema on a version already parsed (schema validation + its other passes). */
  ylsCachedWithSchema: CpuSpread;
  /** Ours, `validate` (findings as LSP diagnostics) with every rule on, each edit in a different recommendation. */
  oursSpread: CpuSpread;
  /** Ours, the same, every edit in the same recommendation (words typed into one text). */
  oursSameRecommendation: CpuSpread;
  /** Ours, the same, each edit a part's label changed in a different recommendation (structure inside one recommendation). */
  oursPartLabel: CpuSpread;
  /** Ours, the same, each edit a recommendation's number changed and then changed back (numbers judged again across the list). */
  oursNumber: CpuSpread;
  /** Ours, the same, each edit a new recommendation pasted after a random one, then removed again. */
  oursNewRecommendation: CpuSpread;
  /** How ours checked the prose edits: one recommendation (fast) or the whole file (full). */
  oursCheckCounts: { fast: number; full: number };
  /** Diagnostics on the last version: ours, yaml-language-server with and without the schema. */
  diagnostics: { ours: number; ylsWithSchema: number; ylsWithoutSchema: number };
}

const schemaPath = join(repoRoot, 'schemas', 'review-summary.schema.json');
const schemaUri = pathToFileURL(schemaPath).href;

/** Ordinary words (no names, so an edit adds no finding of its own). */
const words = [
  'timely',
  'robust',
  'shared',
  'agreed',
  'clear',
  'regular',
  'local',
  'written',
  'joint',
  'annual',
  'prompt',
  'careful',
  'formal',
  'wider',
  'early',
  'further',
];

/** Offsets of the spaces between words on the prose lines of recommendation `number` (its text and its parts' texts, not the first line). */
function wordGaps(text: string, number: number): number[] {
  const start = text.indexOf(`\n  - number: ${number}\n`);
  if (start < 0) throw new Error(`no recommendation ${number}`);
  const next = text.indexOf('\n  - number: ', start + 1);
  const end = next < 0 ? text.length : next;
  const gaps: number[] = [];
  let lineStart = text.indexOf('\n', start + 1) + 1;
  while (lineStart < end) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd);
    if (/^ {6,}[A-Za-z][^:]*$/.test(line)) {
      const indent = line.search(/\S/);
      for (let i = indent; i < line.length; i++) if (line[i] === ' ') gaps.push(lineStart + i);
    }
    lineStart = lineEnd + 1;
  }
  if (gaps.length === 0) throw new Error(`no prose in recommendation ${number}`);
  return gaps;
}

/**
 * `count` versions of `text`, each the one before with one word inserted between two words of a
 * recommendation's prose: in a different recommendation each time (`spread`), or always in the
 * middle one (`same`).
 */
export interface OneWordEdit {
  /** The new version. */
  text: string;
  recommendation: number;
  /** Where ` ${word}` was inserted in the version before (at a space between two words). */
  at: number;
  word: string;
}

export function oneWordEdits(text: string, recommendations: number, count: number, mode: 'spread' | 'same', seed = 7): OneWordEdit[] {
  const next = random(seed);
  const versions: OneWordEdit[] = [];
  let current = text;
  for (let i = 0; i < count; i++) {
    const number = mode === 'same' ? Math.ceil(recommendations / 2) : 1 + Math.floor(next() * recommendations);
    const gaps = wordGaps(current, number);
    const at = gaps[Math.floor(next() * gaps.length)];
    const word = words[Math.floor(next() * words.length)];
    current = current.slice(0, at) + ` ${word}` + current.slice(at);
    versions.push({ text: current, recommendation: number, at, word });
  }
  return versions;
}

/** `count` versions, each changing one part label (a ↔ z) of a recommendation picked at random. */
export function partLabelEdits(text: string, count: number, seed = 11): string[] {
  const next = random(seed);
  const versions: string[] = [];
  let current = text;
  const labels: number[] = [];
  for (let at = current.indexOf('\n      - label: '); at >= 0; at = current.indexOf('\n      - label: ', at + 1))
    labels.push(at + '\n      - label: '.length);
  if (labels.length === 0) throw new Error('no part labels');
  for (let i = 0; i < count; i++) {
    // Labels are one letter, so offsets never move.
    const at = labels[Math.floor(next() * labels.length)];
    current = current.slice(0, at) + (current[at] === 'z' ? 'a' : 'z') + current.slice(at + 1);
    versions.push(current);
  }
  return versions;
}

/** `count` versions: a random recommendation's number changed (N → N + 5000), then back, and so on. */
export function numberEdits(text: string, recommendations: number, count: number, seed = 13): string[] {
  const next = random(seed);
  const versions: string[] = [];
  for (let i = 0; i < count; i += 2) {
    const number = 1 + Math.floor(next() * recommendations);
    versions.push(text.replace(`\n  - number: ${number}\n`, `\n  - number: ${number + 5000}\n`), text);
  }
  return versions.slice(0, count);
}

/** `count` versions: a new recommendation pasted after a random one, then removed, and so on. */
export function newRecommendationEdits(text: string, recommendations: number, count: number, seed = 17): string[] {
  const next = random(seed);
  const versions: string[] = [];
  const pasted = '  - number: 1\n    text: Agencies should review the case together.\n    addressedTo:\n      - Essex Police\n';
  for (let i = 0; i < count; i += 2) {
    const after = 1 + Math.floor(next() * (recommendations - 1));
    const at = text.indexOf(`\n  - number: ${after + 1}\n`) + 1;
    versions.push(text.slice(0, at) + pasted + text.slice(at), text);
  }
  return versions.slice(0, count);
}

function spread(samples: number[]): CpuSpread {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => {
    const position = (sorted.length - 1) * q;
    const low = Math.floor(position);
    const high = Math.ceil(position);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
  };
  return { runs: sorted.length, medianMs: at(0.5), p25Ms: at(0.25), p75Ms: at(0.75), minMs: sorted[0], maxMs: sorted[sorted.length - 1] };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

interface YamlLanguageService {
  configure(settings: { validate: boolean; schemas: Array<{ uri: string; fileMatch: string[] }> }): void;
  doValidation(document: TextDocument, isKubernetes: boolean): Promise<Diagnostic[]>;
}

/**
 * yaml-language-server's language service, as its server builds it: schemas are fetched through
 * the schema request service (here: read from disk) and associated by file pattern. Without a
 * request service that answers, the schema is silently not applied (its errors go to telemetry).
 */
export function ylsService(withSchema: boolean): YamlLanguageService {
  const { getLanguageService } = requireFromRepo('yaml-language-server/out/server/src/languageservice/yamlLanguageService') as {
    getLanguageService(params: {
      schemaRequestService(uri: string): Promise<string>;
      workspaceContext: { resolveRelativePath(relative: string, resource: string): string };
    }): YamlLanguageService;
  };
  const service = getLanguageService({
    schemaRequestService: async (uri) => {
      if (uri !== schemaUri) throw new Error(`unexpected schema request: ${uri}`);
      return readFileSync(schemaPath, 'utf8');
    },
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, schemas: withSchema ? [{ uri: schemaUri, fileMatch: ['*.review.yaml'] }] : [] });
  return service;
}

/** A summary with three schema mistakes (a misspelt key, a text for a year, a missing field). */
export const schemaProbeText =
  'title: Probe review\ncsp: Uttlesford\npublished: 2023-08\nyearOfDeath: twenty\nsource:\n  url: https://example.org/probe.pdf\nsumary: misspelt\nrecommendations:\n  - number: 1\n    text: All agencies should share information.\n    addressedTo: [All agencies involved in this review]\n';

/**
 * Proof that the in-process yaml-language-server applies the schema: its diagnostics on the probe
 * (expected: the three mistakes) and on the clean seed example (expected: none), with and without.
 */
export async function ylsInProcessProbe(): Promise<{
  withSchema: { probe: string[]; clean: number };
  withoutSchema: { probe: string[]; clean: number };
}> {
  const clean = readFileSync(join(repoRoot, 'examples', 'uttlesford.review.yaml'), 'utf8');
  const run = async (withSchema: boolean): Promise<{ probe: string[]; clean: number }> => {
    const service = ylsService(withSchema);
    const probe = await service.doValidation(
      TextDocument.create(`file:///probe/${withSchema}/probe.review.yaml`, 'yaml', 1, schemaProbeText),
      false,
    );
    const seed = await service.doValidation(
      TextDocument.create(`file:///probe/${withSchema}/uttlesford.review.yaml`, 'yaml', 1, clean),
      false,
    );
    return { probe: probe.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`), clean: seed.length };
  };
  return { withSchema: await run(true), withoutSchema: await run(false) };
}

/**
 * The edit benchmark on `text` (a generated summary of `recommendations`): `warmUp` versions
 * first (not counted), then `edits` versions, each seen once by each service.
 */
export async function benchInProcessEdits(
  text: string,
  recommendations: number,
  options: { edits: number; warmUp: number },
): Promise<InProcessEditFigures> {
  const total = options.edits + options.warmUp;
  const spreadVersions = oneWordEdits(text, recommendations, total, 'spread').map((edit) => edit.text);
  const sameVersions = oneWordEdits(text, recommendations, total, 'same').map((edit) => edit.text);

  // Ours first, in a heap with nothing else in it (as in its own server process): the service the
  // server uses, every rule on (defaults; the size limit raised as in the stdio benchmark),
  // `validate` on each version as the server does on a change.
  const ours = async (
    versions: string[],
    uri: string,
  ): Promise<{ samples: number[]; counts: { fast: number; full: number }; found: number }> => {
    const service = createLanguageService({ settings: { maxFileSize: 10_000_000 }, collectCheckCounts: true });
    let version = 1;
    service.validate(TextDocument.create(uri, 'review-summary', version, text));
    const samples: number[] = [];
    let found = 0;
    const counted = { fast: service.checkCounts.fast, full: service.checkCounts.full };
    for (let i = 0; i < versions.length; i++) {
      const document = TextDocument.create(uri, 'review-summary', ++version, versions[i]);
      if (i === options.warmUp) Object.assign(counted, service.checkCounts);
      const start = process.cpuUsage();
      found = service.validate(document).length;
      const ms = cpuMsSince(start);
      if (i >= options.warmUp) samples.push(ms);
    }
    return { samples, counts: { fast: service.checkCounts.fast - counted.fast, full: service.checkCounts.full - counted.full }, found };
  };
  const spreadRun = await ours(spreadVersions, 'file:///bench/in-process/ours-spread.review.yaml');
  const partLabelRun = await ours(partLabelEdits(text, total), 'file:///bench/in-process/ours-part-label.review.yaml');
  const numberRun = await ours(numberEdits(text, recommendations, total), 'file:///bench/in-process/ours-number.review.yaml');
  const newRecommendationRun = await ours(
    newRecommendationEdits(text, recommendations, total),
    'file:///bench/in-process/ours-new-recommendation.review.yaml',
  );
  const sameRun = await ours(sameVersions, 'file:///bench/in-process/ours-same.review.yaml');

  // yaml-language-server. Its parsed documents are cached by URI and version in one module-wide
  // cache, shared by the two services: on a version the no-schema service has just parsed, both
  // services skip the parse, and the difference between them is the schema validation alone.
  const withSchema = ylsService(true);
  const withoutSchema = ylsService(false);
  const ylsUri = 'file:///bench/in-process/yls.review.yaml';
  let ylsVersion = 1;
  const ylsDocument = (content: string): TextDocument => TextDocument.create(ylsUri, 'yaml', ++ylsVersion, content);
  await withSchema.doValidation(ylsDocument(text), false);
  const whole: number[] = [];
  const parseOnly: number[] = [];
  const schemaAlone: number[] = [];
  const cachedWith: number[] = [];
  const diagnostics = { ours: spreadRun.found, ylsWithSchema: 0, ylsWithoutSchema: 0 };
  for (let i = 0; i < total; i++) {
    const version = spreadVersions[i];
    // Alternating which runs first on a fresh version, so neither always follows the other.
    const order = i % 2 === 0 ? ['whole', 'parse'] : ['parse', 'whole'];
    for (const step of order) {
      if (step === 'whole') {
        const document = ylsDocument(version);
        const start = process.cpuUsage();
        const found = await withSchema.doValidation(document, false);
        const ms = cpuMsSince(start);
        diagnostics.ylsWithSchema = found.length;
        if (i >= options.warmUp) whole.push(ms);
      } else {
        const document = ylsDocument(version);
        let start = process.cpuUsage();
        const found = await withoutSchema.doValidation(document, false);
        const parseMs = cpuMsSince(start);
        diagnostics.ylsWithoutSchema = found.length;
        // The same version again, parsed already: with the schema and without, in turn.
        const cached: Record<'with' | 'without', number> = { with: 0, without: 0 };
        for (const service of i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
          start = process.cpuUsage();
          await (service === 'with' ? withSchema : withoutSchema).doValidation(document, false);
          cached[service] = cpuMsSince(start);
        }
        if (i >= options.warmUp) {
          parseOnly.push(parseMs);
          schemaAlone.push(cached.with - cached.without);
          cachedWith.push(cached.with);
        }
      }
    }
  }

  const ylsWithSchema = spread(whole);
  const ylsWithoutSchema = spread(parseOnly);
  return {
    recommendations,
    chars: text.length,
    edits: options.edits,
    warmUp: options.warmUp,
    ylsWithSchema,
    ylsWithoutSchema,
    ylsSchemaDifferenceMs: ylsWithSchema.medianMs - ylsWithoutSchema.medianMs,
    ylsSchemaAlone: spread(schemaAlone),
    ylsCachedWithSchema: spread(cachedWith),
    oursSpread: spread(spreadRun.samples),
    oursSameRecommendation: spread(sameRun.samples),
    oursPartLabel: spread(partLabelRun.samples),
    oursNumber: spread(numberRun.samples),
    oursNewRecommendation: spread(newRecommendationRun.samples),
    oursCheckCounts: { fast: spreadRun.counts.fast + sameRun.counts.fast, full: spreadRun.counts.full + sameRun.counts.full },
    diagnostics,
  };
}
