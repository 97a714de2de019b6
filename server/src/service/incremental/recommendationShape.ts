import { isMap, isPair, isSeq } from 'yaml';
import type { CST } from 'yaml';
import type { SourceComment } from '../parse/comments';
import { keyText, type ParsedSummary } from '../parse/parseSummary';
import { chunkEnd, type ChunkTable } from './recommendationChunks';

/**
 * What an edit inside one recommendation is compared against, kept for every recommendation so
 * that the version before the edit need not be parsed again: the recommendation's value, where
 * its dash stands, and its comments. Offsets count from the start of its lines (its chunk).
 */
export interface RecommendationShape {
  value: unknown;
  dash: number;
  comments: SourceComment[];
}

/** The shapes of every recommendation of a file whose chunk table is `table` (from the same parse). */
export function recommendationShapes(parsed: ParsedSummary, table: ChunkTable): RecommendationShape[] | undefined {
  const items = recommendationItems(parsed);
  if (!items || items.dashes.length !== table.starts.length) return undefined;
  const shapes: RecommendationShape[] = [];
  let comment = 0;
  const { comments } = parsed;
  for (let i = 0; i < table.starts.length; i++) {
    const start = table.starts[i];
    const end = chunkEnd(table, i);
    while (comment < comments.length && comments[comment].offset < start) comment++;
    const inside: SourceComment[] = [];
    for (let c = comment; c < comments.length && comments[c].offset < end; c++)
      inside.push({ offset: comments[c].offset - start, text: comments[c].text });
    shapes.push({ value: items.values[i], dash: items.dashes[i] - start, comments: inside });
  }
  return shapes;
}

/** A recommendation of a window: where its lines start in the window, and its shape. */
export interface WindowItem {
  start: number;
  shape: RecommendationShape;
}

/**
 * The recommendations of a window whose list starts at `base`, or undefined unless the window's
 * `recommendations` is a block sequence of one or more items whose dashes each begin their line,
 * as the window's last field.
 */
export function windowItems(parsed: ParsedSummary, base: number): WindowItem[] | undefined {
  const items = recommendationItems(parsed, true);
  if (!items || items.dashes.length === 0) return undefined;
  const { text } = parsed;
  const starts = items.dashes.map((dash) => text.lastIndexOf('\n', dash - 1) + 1);
  if (starts[0] < base || starts.some((start, i) => text.slice(start, items.dashes[i]).trim() !== '')) return undefined;
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const comments = parsed.comments
      .filter((c) => c.offset >= start && c.offset < end)
      .map((c) => ({ offset: c.offset - start, text: c.text }));
    return { start, shape: { value: items.values[i], dash: items.dashes[i] - start, comments } };
  });
}

/** The recommendations' values and the offsets of their dashes, when `recommendations` is a block sequence. */
function recommendationItems(parsed: ParsedSummary, window = false): { values: unknown[]; dashes: number[] } | undefined {
  const root = parsed.document?.contents;
  if (!isMap(root)) return undefined;
  const pair = root.items.find((item) => isPair(item) && keyText(item) === 'recommendations');
  // In a window, a line the edit moved to column 0 would end the list and start a field of its own.
  if (window && root.items[root.items.length - 1] !== pair) return undefined;
  const seq = pair?.value;
  const token = isSeq(seq) ? (seq.srcToken as CST.BlockSequence | undefined) : undefined;
  if (!isSeq(seq) || token?.type !== 'block-seq' || token.items.length !== seq.items.length) return undefined;
  const values = (parsed.value as { recommendations?: unknown } | null)?.recommendations;
  if (!Array.isArray(values) || values.length !== seq.items.length) return undefined;
  const dashes: number[] = [];
  for (const item of token.items) {
    const dash = item.start.find((t) => t.type === 'seq-item-ind');
    if (!dash) return undefined;
    dashes.push(dash.offset);
  }
  return { values, dashes };
}
