import { lineOf } from '../edit/lines';
import { chunkEnd, type ChunkTable } from './recommendationChunks';
import type { TextChange } from './textDiff';

/** The recommendations an edit touches: items `first` to `last`, whose lines are [start, end) of the old text. */
export interface EditedRange {
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * The recommendations whose lines hold the change, or undefined when it reaches outside the list.
 * A change that removes a recommendation's final line break joins the next one's first line to it,
 * so that next one is edited too; at the list's end the same change would join the next top-level
 * field (not checked from a window), unless the list runs to the end of the file, where text may be
 * appended (a new recommendation typed at the end), as may whole lines before the next field.
 */
export function editedRange(table: ChunkTable, oldText: string, newText: string, change: TextChange): EditedRange | undefined {
  const count = table.starts.length;
  const listRunsToEnd = table.end === oldText.length;
  if (change.start < table.starts[0]) return undefined;
  // Whole lines inserted where the next field starts leave its line as it was: they end the list.
  const linesInsertedAtEnd = change.start === table.end && change.oldEnd === table.end && newText[change.newEnd - 1] === '\n';
  if (change.start > table.end || (change.start === table.end && !listRunsToEnd && !linesInsertedAtEnd)) return undefined;
  const first = lineOf(table.starts, change.start);
  let last = first;
  while (last + 1 < count && change.oldEnd > chunkEnd(table, last) - 1) last++;
  if (last === count - 1 && !listRunsToEnd && !linesInsertedAtEnd && change.oldEnd > table.end - 1) return undefined;
  return { first, last, start: table.starts[first], end: chunkEnd(table, last) };
}
