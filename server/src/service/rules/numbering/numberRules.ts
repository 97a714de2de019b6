import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { DeferredFix, Finding, Fix, Span } from '../../types';
import { moveFinding } from '../../incremental/findingShift';
import { defineListChecker } from '../listChecker';
import { keyNode, readRecommendations, valueNode, type RecommendationEntry } from './recommendationList';

export const numberRuleIds = {
  gap: 'numbering/gap',
  duplicate: 'numbering/duplicate',
  outOfOrder: 'numbering/out-of-order',
  notWhole: 'numbering/not-whole',
} as const;

/**
 * What one list item tells the numbering rules: the number its writer meant, where it is written,
 * and the item's own finding when the number is not written as plain digits from 1.
 */
export interface NumberFacts {
  /** The number meant (see intendedNumber), for a mapping item that has one. */
  number?: number;
  /** Where the number is written (the value, else its key), when the item has a `number` field. */
  span?: Span;
  notWhole?: Finding;
}

const renumber: DeferredFix = { kind: 'renumber' };
const renumberPreferred: DeferredFix = { kind: 'renumber', preferred: true };
const sortPreferred: DeferredFix = { kind: 'sort', preferred: true };

/**
 * Recommendation numbers: 1..N, each once, ascending in file order. One mistake gives one
 * finding: a repeat or an unusable number standing where a missing number belongs is not
 * reported again as a gap; repeats are not also out of order; the schema leaves `number`'s type
 * and minimum to numbering/not-whole (`x-reportedBy` in the schema), and an alias is
 * yaml/anchor-or-alias's alone. Every finding offers the whole-list fixes (renumber, sort),
 * worked out when asked for (check/deferredFixes.ts).
 */
export const numberChecker = defineListChecker<NumberFacts>({
  scope: { kind: 'list' },
  rules: [
    {
      id: numberRuleIds.gap,
      defaultSeverity: 'warning',
      description: 'A recommendation number is missing (1, 2, 4), or the numbers do not start at 1. Fix: renumber 1..N in file order.',
    },
    {
      id: numberRuleIds.duplicate,
      defaultSeverity: 'error',
      description: 'Two recommendations have the same number (the later one is underlined and linked to the first). Fix: renumber 1..N.',
    },
    {
      id: numberRuleIds.outOfOrder,
      defaultSeverity: 'warning',
      description:
        'Numbers do not go up in file order (1, 10, 11, 2, ...: a text sort). Fix: sort the list by number, comments travelling with their items.',
    },
    {
      id: numberRuleIds.notWhole,
      defaultSeverity: 'error',
      description: 'A recommendation number that is not a whole number from 1 in plain digits (0, 2.5, "3", 3.0, three, or nothing).',
    },
  ],
  itemFacts({ parsed }) {
    const list = readRecommendations(parsed);
    if (!list) return undefined;
    const facts: NumberFacts[] = list.seq.items.map(() => ({}));
    for (const entry of list.entries) {
      facts[entry.index] = {
        number: entry.number,
        span: entry.numberPair ? numberSpan(entry) : undefined,
        notWhole: notWhole(entry),
      };
    }
    return facts;
  },
  judge(facts, origins) {
    // Places are added up only for what is reported.
    const place = (item: Numbered): Span => (origins ? shift(item.span, origins[item.index]) : item.span);
    const notWhole = facts.flatMap((item, i) =>
      !item.notWhole ? [] : origins ? [moveFinding(item.notWhole, (offset) => offset + origins[i])] : [item.notWhole],
    );
    const numbered = distinctNumbered(facts);
    return [...notWhole, ...duplicates(facts, place), ...outOfOrder(numbered, place), ...gaps(facts, numbered, place)];
  },
  moveFacts(facts, move) {
    const moved: NumberFacts = { ...facts };
    if (facts.span) moved.span = { start: move(facts.span.start), end: move(facts.span.end) };
    if (facts.notWhole) moved.notWhole = moveFinding(facts.notWhole, move);
    return moved;
  },
});

/** A numbered item (a first occurrence of its number) and its position in the list; `span` as its facts place it. */
interface Numbered {
  index: number;
  number: number;
  span: Span;
}

function numberSpan(entry: RecommendationEntry): Span {
  const node = valueNode(entry.numberPair) ?? keyNode(entry.numberPair);
  if (node?.range && node.range[1] > node.range[0]) return { start: node.range[0], end: node.range[1] };
  const key = keyNode(entry.numberPair) ?? (entry.map as YamlNode);
  return { start: key.range![0], end: key.range![1] };
}

type Place = (item: Numbered) => Span;

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

/** The finding of a number not written as plain digits from 1, with its own spelling fix. */
function notWhole(entry: RecommendationEntry): Finding | undefined {
  if (!entry.numberPair || entry.wellFormed) return undefined;
  const value = entry.numberPair.value as YamlNode | null;
  if (isAlias(value)) return undefined;
  const span = numberSpan(entry);
  const isEmpty = value == null || (isScalar(value) && value.value === null);
  let message: string;
  const spelling: Fix[] = [];
  if (isEmpty) {
    message = 'This recommendation has no number; recommendations are numbered 1, 2, 3, ... in file order';
  } else if (entry.number !== undefined) {
    const written = isScalar(value) && typeof value.value === 'string' ? `the text "${value.value}"` : `\`${sourceOf(value)}\``;
    message = `Write the number as ${entry.number} (plain digits), not ${written}`;
    spelling.push({ title: `Write ${entry.number}`, preferred: true, edits: [{ ...span, newText: String(entry.number) }] });
  } else {
    message = `A recommendation number must be a whole number from 1 (1, 2, 3, ...), not ${describe(value)}`;
  }
  return {
    rule: numberRuleIds.notWhole,
    ...span,
    message,
    fixes: spelling.length ? spelling : undefined,
    deferredFixes: [renumber],
  };
}

function sourceOf(node: YamlNode): string {
  const scalar = node as YamlNode & { source?: string };
  return String(scalar.source ?? (isScalar(node) ? node.value : ''));
}

function describe(node: YamlNode): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (!isScalar(node)) return 'this value';
  if (typeof node.value === 'string') return `the text "${node.value}"`;
  return `\`${sourceOf(node)}\``;
}

function duplicates(facts: readonly NumberFacts[], place: Place): Finding[] {
  const firstWith = new Map<number, Numbered>();
  const findings: Finding[] = [];
  facts.forEach((item, index) => {
    if (item.number === undefined || !item.span) return;
    const first = firstWith.get(item.number);
    if (!first) {
      firstWith.set(item.number, { index, number: item.number, span: item.span });
      return;
    }
    findings.push({
      rule: numberRuleIds.duplicate,
      ...place({ index, number: item.number, span: item.span }),
      message: `Recommendation ${item.number} is numbered twice (it is also item ${first.index + 1} of the list); each number is used once`,
      related: [{ ...place(first), message: `Recommendation ${item.number} is first numbered here` }],
      deferredFixes: [renumberPreferred],
    });
  });
  return findings;
}

/** Items with a number, first occurrences only (repeats are duplicates, not disorder). */
function distinctNumbered(facts: readonly NumberFacts[]): Numbered[] {
  const seen = new Set<number>();
  const numbered: Numbered[] = [];
  facts.forEach((item, index) => {
    if (item.number === undefined || !item.span || seen.has(item.number)) return;
    seen.add(item.number);
    numbered.push({ index, number: item.number, span: item.span });
  });
  return numbered;
}

/**
 * The fewest recommendations that stand out of order: those outside a longest ascending run of
 * numbers in file order. For 1, 10, 11, 12, 2, ..., 9 that is 10, 11 and 12, not 2..9.
 */
function outOfOrder(numbered: readonly Numbered[], place: Place): Finding[] {
  const kept = longestAscending(numbered.map((entry) => entry.number));
  // The smallest number after each position and the largest before it, to name the neighbour
  // an item is out of order with, in linear time.
  const smallestFrom: Array<Numbered | undefined> = new Array(numbered.length + 1).fill(undefined);
  for (let i = numbered.length - 1; i >= 0; i--) {
    const after = smallestFrom[i + 1];
    smallestFrom[i] = after && after.number < numbered[i].number ? after : numbered[i];
  }
  const findings: Finding[] = [];
  let largestBefore: Numbered | undefined;
  numbered.forEach((entry, position) => {
    const earlier = largestBefore;
    if (!largestBefore || entry.number > largestBefore.number) largestBefore = entry;
    if (kept.has(position)) return;
    const number = entry.number;
    const later = smallestFrom[position + 1];
    const laterSmaller = later && later.number < number ? later : undefined;
    const earlierLarger = earlier && earlier.number > number ? earlier : undefined;
    const other = laterSmaller ?? earlierLarger;
    if (!other) return;
    const where = laterSmaller ? `comes before ${other.number}` : `comes after ${other.number}`;
    findings.push({
      rule: numberRuleIds.outOfOrder,
      ...place(entry),
      message: `Recommendation ${number} ${where} in the file; numbers go up in file order (the page lists them as written)`,
      related: [{ ...place(other), message: `Recommendation ${other.number} is here` }],
      deferredFixes: [sortPreferred, renumber],
    });
  });
  return findings;
}

/** Positions of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestAscending(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]] < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1];
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.length ? tails[tails.length - 1] : -1; index >= 0; index = previous[index]) kept.add(index);
  return kept;
}

/**
 * Runs of missing numbers below the highest one, each reported on the recommendation that comes
 * next after the run. A missing number is not reported when a list item without a usable,
 * first-time number (a repeat, "three", a bare text the schema rejects) stands where it belongs
 * (between the numbers around it): that item's own finding is the one mistake.
 */
function gaps(facts: readonly NumberFacts[], numbered: readonly Numbered[], place: Place): Finding[] {
  if (numbered.length === 0) return [];
  const present = new Set(numbered.map((entry) => entry.number));
  const highest = Math.max(...present);
  const missing: number[] = [];
  for (let n = 1; n < highest && missing.length <= facts.length; n++) if (!present.has(n)) missing.push(n);
  const unexplained = withoutExplainedByStrayItems(facts.length, numbered, missing);

  const findings: Finding[] = [];
  for (const [from, to] of runs(unexplained)) {
    const next = numbered.filter((entry) => entry.number > to).sort((a, b) => a.number - b.number || a.index - b.index)[0];
    if (!next) continue;
    const before = from > 1 ? numbered.find((entry) => entry.number === from - 1) : undefined;
    const which = from === to ? `Recommendation ${from} is missing` : `Recommendations ${from} to ${to} are missing`;
    const message =
      from === 1
        ? `The numbers start at ${next.number}; recommendations are numbered from 1 (${which.toLowerCase()})`
        : `${which}: the numbers go from ${from - 1} to ${next.number}`;
    findings.push({
      rule: numberRuleIds.gap,
      ...place(next),
      message,
      related: before ? [{ ...place(before), message: `Recommendation ${from - 1} is here` }] : undefined,
      deferredFixes: [renumberPreferred],
    });
  }
  return findings;
}

/** The missing numbers left once each stray item has taken one that fits where it stands. */
function withoutExplainedByStrayItems(itemCount: number, numbered: readonly Numbered[], missing: readonly number[]): number[] {
  const numberAt = new Map(numbered.map((entry) => [entry.index, entry.number]));
  const left = [...missing];
  let previous = 0;
  for (let index = 0; index < itemCount; index++) {
    const own = numberAt.get(index);
    if (own !== undefined) {
      previous = own;
      continue;
    }
    let next = Infinity;
    for (let later = index + 1; later < itemCount; later++) {
      const number = numberAt.get(later);
      if (number !== undefined) {
        next = number;
        break;
      }
    }
    const fits = left.findIndex((m) => m > previous && m < next);
    if (fits >= 0) left.splice(fits, 1);
  }
  return left;
}

function runs(sorted: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}
