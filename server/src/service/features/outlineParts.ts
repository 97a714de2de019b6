import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-types';
import { lineOf } from '../edit/lines';
import type { ChunkedFeature } from '../incremental/chunkedFeature';

/**
 * The outline cut by recommendation (see chunkedFeature.ts): each recommendation's symbol (none
 * for an item that is not a mapping) comes from its own lines; the root (the title, the csp and
 * month, where the mapping starts) from the text outside the list, except where the root ends
 * when the list is the last field: at the end of its last recommendation, which each part knows
 * for when it is the last.
 */
export interface OutlinePart {
  /** The line the recommendation started on where its symbol was found: it moves with it from there. */
  line: number;
  /** The whole-file (or window) result's own symbol, not a copy: cutting a result into parts allocates nothing per symbol. */
  symbol: DocumentSymbol | null;
  /** Where the root's range ends when this recommendation is the last of a list that ends the mapping. */
  rootEnd?: Position;
}

/** A position outside the list: as in the file above it, or counted from the line after the list below it. */
type FramePosition = { at: 'above'; position: Position } | { at: 'below'; position: Position } | { at: 'list end' };

export interface OutlineFrame {
  /** The root symbol, its children and positions apart. */
  root: Omit<DocumentSymbol, 'range' | 'selectionRange' | 'children'>;
  range: [FramePosition, FramePosition];
  selectionRange: [FramePosition, FramePosition];
}

export const outlineChunks: Omit<ChunkedFeature<DocumentSymbol[], OutlinePart, OutlineFrame>, 'whole'> = {
  split(symbols, layout) {
    if (symbols.length !== 1) return undefined;
    const { lines, endLine } = layout;
    const [root] = symbols;
    const parts: OutlinePart[] = lines.map((line) => ({ line, symbol: null }));
    for (const child of root.children ?? []) {
      const line = child.range.start.line;
      if (line < lines[0] || line >= endLine) return undefined;
      const index = lineOf(lines, line);
      const next = index + 1 < lines.length ? lines[index + 1] : endLine;
      if (parts[index].symbol || child.range.end.line >= next) return undefined;
      parts[index].symbol = child;
    }
    const last = lines.length - 1;
    const place = (position: Position, mayEndList: boolean): FramePosition | undefined => {
      if (position.line < lines[0]) return { at: 'above', position };
      if (position.line >= endLine) return { at: 'below', position: { line: position.line - endLine, character: position.character } };
      if (!mayEndList || position.line < lines[last]) return undefined;
      parts[last].rootEnd = position;
      return { at: 'list end' };
    };
    const positions = [
      place(root.range.start, false),
      place(root.range.end, true),
      place(root.selectionRange.start, false),
      place(root.selectionRange.end, false),
    ];
    if (positions.some((position) => position === undefined)) return undefined;
    const [start, end, selectionStart, selectionEnd] = positions as FramePosition[];
    const { range: _range, selectionRange: _selection, children: _children, ...rest } = root;
    return { frame: { root: rest, range: [start, end], selectionRange: [selectionStart, selectionEnd] }, parts };
  },

  canEndList: (part) => part.rootEnd !== undefined,

  join(frame, parts, layout) {
    const { lines, endLine } = layout;
    const last = lines.length - 1;
    const position = (placed: FramePosition): Position =>
      placed.at === 'above'
        ? { line: placed.position.line, character: placed.position.character }
        : placed.at === 'below'
          ? { line: placed.position.line + endLine, character: placed.position.character }
          : { line: parts[last].rootEnd!.line + lines[last] - parts[last].line, character: parts[last].rootEnd!.character };
    const range = (placed: [FramePosition, FramePosition]): Range => ({ start: position(placed[0]), end: position(placed[1]) });
    const children: DocumentSymbol[] = [];
    parts.forEach((part, i) => {
      if (part.symbol) children.push(shiftedSymbol(part.symbol, lines[i] - part.line));
    });
    // The properties in the whole-file code's order (an undefined detail included).
    return [{ ...frame.root, range: range(frame.range), selectionRange: range(frame.selectionRange), children }];
  },
};

/** The symbol moved by `delta` lines, with the properties the whole-file code gives it (a part's has no `detail`). */
function shiftedSymbol(symbol: DocumentSymbol, delta: number): DocumentSymbol {
  const { name, kind } = symbol;
  const range = shiftedRange(symbol.range, delta);
  const selectionRange = shiftedRange(symbol.selectionRange, delta);
  const children = symbol.children?.map((child) => shiftedSymbol(child, delta));
  // Written out rather than spread: this runs for every symbol of the file on every edit, and a spread is several times slower.
  return 'detail' in symbol
    ? { name, detail: symbol.detail, kind, range, selectionRange, children }
    : { name, kind, range, selectionRange, children };
}

function shiftedRange(range: Range, delta: number): Range {
  return {
    start: { line: range.start.line + delta, character: range.start.character },
    end: { line: range.end.line + delta, character: range.end.character },
  };
}
