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

/**
 * The shape of the one recommendation of a window whose recommendation starts at `base`, or
 * undefined if the window does not hold exactly one block-sequence item, as the last field.
 */
export function windowShape(parsed: ParsedSummary, base: number): RecommendationShape | undefined {
  const items = recommendationItems(parsed, true);
  if (!items || items.dashes.length !== 1) return undefined;
  const comments = parsed.comments.filter((c) => c.offset >= base).map((c) => ({ offset: c.offset - base, text: c.text }));
  return { value: items.values[0], dash: items.dashes[0] - base, comments };
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
