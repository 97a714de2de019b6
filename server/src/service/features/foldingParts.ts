import type { FoldingRange } from 'vscode-languageserver-types';
import { lineOf } from '../edit/lines';
import type { ChunkedFeature, ChunkLayout } from '../incremental/chunkedFeature';

/**
 * Folding ranges cut by recommendation (see chunkedFeature.ts). Every range but one lies inside
 * one recommendation's lines or outside the list: a recommendation's ranges depend on its lines
 * alone, and runs of comments cannot cross a dash's line. The one is the list's own, from the
 * `recommendations:` line to the last line of its last item, whose end each part knows for when
 * it is the last.
 */
export interface FoldingPart {
  /** The line the recommendation started on where its ranges were found: they move with it from there. */
  line: number;
  /** The whole-file (or window) result's own ranges, not copies: cutting a result into parts allocates nothing per range. */
  ranges: FoldingRange[];
  /** Where the list's range ends when this recommendation is the last (unknown for a part cut from a file where it was not). */
  listEnd?: number;
}

export interface FoldingFrame {
  /** Ranges above the first recommendation (the list's own apart), in the file's lines. */
  above: FoldingRange[];
  /** Ranges after the list, lines counted from the line after it. */
  below: FoldingRange[];
}

export const foldingChunks: Omit<ChunkedFeature<FoldingRange[], FoldingPart, FoldingFrame>, 'whole'> = {
  split(ranges, layout) {
    const { lines, listLine, endLine } = layout;
    const parts: FoldingPart[] = lines.map((line) => ({ line, ranges: [] }));
    const frame: FoldingFrame = { above: [], below: [] };
    let listEnd: number | undefined;
    for (const range of ranges) {
      if (range.startLine === listLine) listEnd = range.endLine;
      else if (range.startLine < lines[0]) {
        if (range.endLine >= lines[0]) return undefined;
        frame.above.push(range);
      } else if (range.startLine >= endLine) frame.below.push(shifted(range, -endLine));
      else {
        const index = lineOf(lines, range.startLine);
        if (range.endLine >= nextLine(layout, index)) return undefined;
        parts[index].ranges.push(range);
      }
    }
    const last = lines.length - 1;
    if (listEnd === undefined || listEnd < lines[last] || listEnd >= endLine) return undefined;
    parts[last].listEnd = listEnd;
    return { frame, parts };
  },

  canEndList: (part) => part.listEnd !== undefined,

  join(frame, parts, layout) {
    const { lines, listLine, endLine } = layout;
    const last = lines.length - 1;
    const list: FoldingRange = { startLine: listLine, endLine: parts[last].listEnd! + lines[last] - parts[last].line };
    // In line order, as the whole-file result is sorted: the list's range among those above the first recommendation.
    // Every range a copy: what is kept for the next version must not be reachable from what the caller gets.
    const out = frame.above.filter((range) => range.startLine < listLine).map((range) => shifted(range, 0));
    out.push(list);
    for (const range of frame.above) if (range.startLine > listLine) out.push(shifted(range, 0));
    parts.forEach((part, i) => {
      for (const range of part.ranges) out.push(shifted(range, lines[i] - part.line));
    });
    for (const range of frame.below) out.push(shifted(range, endLine));
    return out;
  },
};

/** The first line after recommendation `index`. */
function nextLine(layout: ChunkLayout, index: number): number {
  return index + 1 < layout.lines.length ? layout.lines[index + 1] : layout.endLine;
}

/** The range moved by `delta` lines, with the same properties as the whole-file code gives it (`kind` only when set). */
function shifted(range: FoldingRange, delta: number): FoldingRange {
  const startLine = range.startLine + delta;
  const endLine = range.endLine + delta;
  return range.kind ? { startLine, endLine, kind: range.kind } : { startLine, endLine };
}
