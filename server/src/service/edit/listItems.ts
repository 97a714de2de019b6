import type { YAMLSeq } from 'yaml';
import type { SourceComment } from '../parse/comments';
import type { OffsetEdit, Span } from '../types';
import { indentOf, isBlankLine, lineContentEnd, lineOf, lineStarts } from './lines';

/**
 * The text of each item of a list, as a unit that can be moved: what a person would select to cut
 * and paste one item. In a block list that is the item's lines, the comment lines just above it
 * (about it), and the comment lines indented under it that follow it. Blank lines between items
 * are separators: they stay where they are, so the list keeps its spacing after a sort. In a flow
 * list (`[{...}, {...}]`) it is the item's own text; commas, spacing and comments stay put.
 * Returns undefined for a list whose layout is too unusual to move items in safely.
 */
export function movableItemSpans(
  text: string,
  seq: YAMLSeq<unknown>,
  comments: readonly SourceComment[],
  starts: readonly number[] = lineStarts(text),
): Span[] | undefined {
  if (seq.flow) return flowItemSpans(seq);
  return blockItemSpans(text, seq, comments, starts);
}

function flowItemSpans(seq: YAMLSeq<unknown>): Span[] | undefined {
  const spans: Span[] = [];
  for (const item of seq.items) {
    const range = (item as { range?: [number, number, number] } | null)?.range;
    if (!range || range[1] <= range[0]) return undefined;
    spans.push({ start: range[0], end: range[1] });
  }
  return spans;
}

interface BlockSeqToken {
  type: string;
  items: Array<{ start: Array<{ type: string; offset: number }> }>;
}

function blockItemSpans(
  text: string,
  seq: YAMLSeq<unknown>,
  comments: readonly SourceComment[],
  starts: readonly number[],
): Span[] | undefined {
  const token = (seq as unknown as { srcToken?: BlockSeqToken }).srcToken;
  if (!token || token.type !== 'block-seq' || token.items.length !== seq.items.length) return undefined;
  const commentStarts = new Set(comments.map((comment) => comment.offset));
  // A line is a comment line when a real comment (not a `#` inside a block scalar) begins it.
  const isCommentOnly = (line: number): boolean => commentStarts.has(starts[line] + indentOf(text, starts, line));

  // Where each item's dash is, and the last line of its content.
  const dashes: number[] = [];
  for (const item of token.items) {
    const dash = item.start.find((t) => t.type === 'seq-item-ind');
    if (!dash) return undefined;
    // Only a dash that starts its line (after indentation) can be moved as whole lines.
    if (text.slice(starts[lineOf(starts, dash.offset)], dash.offset).trim() !== '') return undefined;
    dashes.push(dash.offset);
  }
  const dashLines = dashes.map((offset) => lineOf(starts, offset));
  const contentEndLines = seq.items.map((item, k) => {
    const range = (item as { range?: [number, number, number] } | null)?.range;
    const end = range && range[1] > range[0] ? lineOf(starts, range[1] - 1) : dashLines[k];
    return Math.max(end, dashLines[k]);
  });

  const firstLines: number[] = [];
  const lastLines: number[] = [];
  for (let k = 0; k < dashes.length; k++) {
    const column = dashes[k] - starts[dashLines[k]];
    // The lines after this item, up to the next item (or a line that belongs to neither).
    const limit = k + 1 < dashes.length ? dashLines[k + 1] : starts.length;
    let last = contentEndLines[k];
    for (let line = last + 1; line < limit; line++) {
      if (isBlankLine(text, starts, line)) continue;
      if (isCommentOnly(line) && indentOf(text, starts, line) > column) last = line;
      else break;
    }
    lastLines.push(last);
    // The comment lines (and blank lines among them) right above the dash travel with the item.
    let first = dashLines[k];
    const previousEnd = k > 0 ? lastLines[k - 1] : -1;
    for (let line = dashLines[k] - 1; line > previousEnd; line--) {
      if (isCommentOnly(line)) first = line;
      else if (!isBlankLine(text, starts, line)) break;
    }
    firstLines.push(first);
  }
  return firstLines.map((first, k) => ({ start: starts[first], end: lineContentEnd(text, starts, lastLines[k]) }));
}

/**
 * Edits that put the items in a new order: position i receives the text of item `order[i]`
 * (rewritten by `rewrite`, e.g. renumbered). Items that stay in place get only their own edits.
 */
export function reorderEdits(
  text: string,
  spans: readonly Span[],
  order: readonly number[],
  innerEdits: ReadonlyArray<readonly OffsetEdit[]>,
): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  order.forEach((from, position) => {
    if (from === position) {
      edits.push(...innerEdits[from]);
      return;
    }
    const source = spans[from];
    const relative = innerEdits[from].map((edit) => ({ ...edit, start: edit.start - source.start, end: edit.end - source.start }));
    const moved = applyOffsetEdits(text.slice(source.start, source.end), relative);
    edits.push({ start: spans[position].start, end: spans[position].end, newText: moved });
  });
  return edits;
}

/** Applies non-overlapping edits to a text. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
