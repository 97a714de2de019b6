import { lineBreakOf } from '../../edit/lines';
import { movableItemSpans, reorderEdits } from '../../edit/listItems';
import { setPlainValue } from '../../edit/scalarEdits';
import type { ParsedSummary } from '../../parse/parseSummary';
import type { Fix, OffsetEdit } from '../../types';
import type { RecommendationEntry, RecommendationList } from './recommendationList';

export const renumberTitle = 'Renumber recommendations 1..N in file order';
export const sortTitle = 'Sort recommendations by number';

/** The edit that makes one recommendation's number `n` (or none if it already is). */
function numberEdit(text: string, entry: RecommendationEntry, n: number, lineBreak: string): OffsetEdit | undefined {
  if (entry.wellFormed && entry.number === n) return undefined;
  return setPlainValue(text, entry.map, entry.numberPair, 'number', String(n), lineBreak);
}

/** Numbers the recommendations 1..N in the order they stand in the file. */
export function renumberFix(parsed: ParsedSummary, list: RecommendationList): Fix | undefined {
  const lineBreak = lineBreakOf(parsed.text);
  // Positions count every list item, as the schema's messages do ("recommendation 2 (in file
  // order)"), so a broken item keeps its place and the others keep theirs.
  const edits = list.entries.flatMap((entry) => numberEdit(parsed.text, entry, entry.index + 1, lineBreak) ?? []);
  return edits.length ? { title: renumberTitle, edits } : undefined;
}

/**
 * Moves the recommendations into number order, each with its own comments (see movableItemSpans).
 * An item without a usable number stays right after the item it followed. When the sorted
 * numbers still are not 1..N (a gap, a repeat, a missing number), the same fix renumbers them,
 * so that one click leaves a list with no numbering problems.
 */
export function sortFix(parsed: ParsedSummary, list: RecommendationList): Fix | undefined {
  // Moving text around a file the parser could not fully read might move half an item.
  if (parsed.errors.length > 0) return undefined;
  const spans = movableItemSpans(parsed.text, list.seq, parsed.comments, parsed.lineCounter.lineStarts);
  if (!spans) return undefined;
  const entryAt = new Map(list.entries.map((entry) => [entry.index, entry]));
  let carried = 0;
  const keys = list.seq.items.map((_, index) => {
    const number = entryAt.get(index)?.number;
    if (number !== undefined) carried = number;
    return carried;
  });
  const order = keys.map((_, index) => index).sort((a, b) => keys[a] - keys[b] || a - b);
  if (order.every((from, position) => from === position)) return undefined;

  const lineBreak = lineBreakOf(parsed.text);
  const innerEdits: OffsetEdit[][] = list.seq.items.map(() => []);
  const placed = order.flatMap((index, position) => {
    const entry = entryAt.get(index);
    return entry ? [{ entry, position }] : [];
  });
  const alreadyNumbered = placed.every(({ entry, position }) => entry.wellFormed && entry.number === position + 1);
  if (!alreadyNumbered) {
    for (const { entry, position } of placed) {
      const edit = numberEdit(parsed.text, entry, position + 1, lineBreak);
      if (edit) innerEdits[entry.index].push(edit);
    }
  }
  return {
    title: alreadyNumbered ? sortTitle : `${sortTitle}, then renumber them 1..N`,
    edits: reorderEdits(parsed.text, spans, order, innerEdits),
  };
}
