import type { Position, Range } from 'vscode-languageserver-types';

/**
 * Where a range lies outside `text` (LSP positions: 0-based lines, UTF-16 characters, a line's
 * length excluding its line break), or undefined when it is inside with start <= end.
 */
export function rangeProblem(text: string | number[], range: Range): string | undefined {
  // Callers checking many ranges pass the line lengths once (a 20 MB text is slow to re-split).
  const lines = typeof text === 'string' ? lineLengths(text) : text;
  const inside = (p: Position): boolean =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.character >= 0 &&
    p.line < lines.length &&
    p.character <= lines[p.line];
  if (!inside(range.start)) return `start ${JSON.stringify(range.start)} is outside the document (${lines.length} lines)`;
  if (!inside(range.end)) return `end ${JSON.stringify(range.end)} is outside the document (${lines.length} lines)`;
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) {
    return `start ${JSON.stringify(range.start)} is after end ${JSON.stringify(range.end)}`;
  }
  return undefined;
}

/** Each line's length in UTF-16 code units, without its line break (\n, \r\n or a lone \r, as LSP counts). */
export function lineLengths(text: string): number[] {
  const lengths: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      lengths.push(i - start);
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lengths.push(text.length - start);
  return lengths;
}

/** Every Range found anywhere in an LSP result (diagnostics, hovers, symbols, edits, ...). */
export function collectRanges(value: unknown, out: Range[] = []): Range[] {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    const maybe = item as Partial<Range>;
    if (isPosition(maybe.start) && isPosition(maybe.end)) out.push(maybe as Range);
    for (const child of Object.values(item)) stack.push(child);
  }
  return out;
}

function isPosition(value: unknown): value is Position {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Position).line === 'number' &&
    typeof (value as Position).character === 'number'
  );
}
