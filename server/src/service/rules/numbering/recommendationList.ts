import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { ParsedSummary } from '../../parse/parseSummary';
import { findPair } from '../../parse/parseSummary';

/** One recommendation as the numbering rules, fixes and outline see it. */
export interface RecommendationEntry {
  /** Position in the file (0-based), which is what "1..N in file order" counts. */
  index: number;
  map: YAMLMap<unknown, unknown>;
  numberPair?: Pair<unknown, unknown>;
  /**
   * The number the writer meant, when there is one: a whole number from 1, even if spelt oddly
   * (`"3"`, `3.0`). Gaps, repeats and order are judged on these; the spelling on `wellFormed`.
   */
  number?: number;
  /** True when `number` is written as the format wants it: plain digits, 1 or more. */
  wellFormed: boolean;
  textPair?: Pair<unknown, unknown>;
  parts: PartEntry[];
  partsSeq?: YAMLSeq<unknown>;
}

export interface PartEntry {
  index: number;
  map: YAMLMap<unknown, unknown>;
  labelPair?: Pair<unknown, unknown>;
  /** The label when it is a single lower-case letter, else undefined (the schema reports it). */
  label?: string;
  textPair?: Pair<unknown, unknown>;
}

export interface RecommendationList {
  seq: YAMLSeq<unknown>;
  /** Items that are mappings; other items (a bare text, an empty `-`) are the schema's business. */
  entries: RecommendationEntry[];
}

// Several checkers and the outline read the same list of the same parse: read it once.
const readLists = new WeakMap<ParsedSummary, RecommendationList | undefined>();

/** The `recommendations` list of a parsed summary, or undefined when there is none to read. */
export function readRecommendations(parsed: ParsedSummary): RecommendationList | undefined {
  if (readLists.has(parsed)) return readLists.get(parsed);
  const list = readList(parsed);
  readLists.set(parsed, list);
  return list;
}

function readList(parsed: ParsedSummary): RecommendationList | undefined {
  const root = parsed.document?.contents;
  if (!isMap(root)) return undefined;
  const seq = findPair(root, 'recommendations')?.value;
  if (!isSeq(seq)) return undefined;
  const entries: RecommendationEntry[] = [];
  seq.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const numberPair = findPair(item, 'number');
    const partsSeq = findPair(item, 'parts')?.value;
    entries.push({
      index,
      map: item,
      numberPair,
      number: intendedNumber(numberPair?.value),
      wellFormed: wholeNumberFrom1(numberPair?.value) !== undefined,
      textPair: findPair(item, 'text'),
      partsSeq: isSeq(partsSeq) ? partsSeq : undefined,
      parts: isSeq(partsSeq) ? readParts(partsSeq) : [],
    });
  });
  return { seq, entries };
}

function readParts(seq: YAMLSeq<unknown>): PartEntry[] {
  const parts: PartEntry[] = [];
  seq.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const labelPair = findPair(item, 'label');
    const value = labelPair?.value;
    const label = isScalar(value) && typeof value.value === 'string' && /^[a-z]$/.test(value.value) ? value.value : undefined;
    parts.push({ index, map: item, labelPair, label, textPair: findPair(item, 'text') });
  });
  return parts;
}

/**
 * A number the format accepts: an integer scalar of 1 or more, written as plain decimal digits.
 * `3.0`, `0x3` and `"3"` denote 3 to a YAML reader but not to the person reading the file, so
 * they are reported (by numbering/not-whole) rather than silently accepted.
 */
export function wholeNumberFrom1(node: unknown): number | undefined {
  if (!isScalar(node)) return undefined;
  const value = (node as Scalar).value;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) return undefined;
  const source = (node as Scalar & { source?: string }).source;
  if (node.type !== 'PLAIN' || (source !== undefined && !/^[1-9][0-9]*$/.test(source))) return undefined;
  return value;
}

/** The whole number from 1 a scalar stands for, however written (`3`, `"3"`, `3.0`, `0x3`). */
export function intendedNumber(node: unknown): number | undefined {
  if (!isScalar(node)) return undefined;
  const value = (node as Scalar).value;
  const numeric = typeof value === 'number' ? value : typeof value === 'string' && /^\s*[0-9]+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(numeric) && numeric >= 1 ? numeric : undefined;
}

/** The value node of a pair, when it is a YAML node with a source range. */
export function valueNode(pair: Pair<unknown, unknown> | undefined): YamlNode | undefined {
  const value = pair?.value as YamlNode | undefined;
  return value && typeof value === 'object' && 'range' in value && value.range ? value : undefined;
}

export function keyNode(pair: Pair<unknown, unknown> | undefined): YamlNode | undefined {
  const key = pair?.key as YamlNode | undefined;
  return key && typeof key === 'object' && 'range' in key && key.range ? key : undefined;
}
