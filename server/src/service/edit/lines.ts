// Line arithmetic on raw text, for edits that move or insert whole lines. "\r\n" and "\n" both end
// a line; the line break itself is never part of a line's content.

/** Offsets at which each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The 0-based line holding `offset` (a line break belongs to the line it ends). */
export function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The offset just before line `line`'s break (or the end of the text). */
export function lineContentEnd(text: string, starts: readonly number[], line: number): number {
  if (line + 1 >= starts.length) return text.length;
  const lineFeed = starts[line + 1] - 1;
  return lineFeed > starts[line] && text[lineFeed - 1] === '\r' ? lineFeed - 1 : lineFeed;
}

/** The line break the file uses (its first one), "\n" for a file without any. */
export function lineBreakOf(text: string): string {
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

/** Columns of leading spaces on a line (tabs cannot indent YAML). */
export function indentOf(text: string, starts: readonly number[], line: number): number {
  let offset = starts[line];
  while (text[offset] === ' ') offset++;
  return offset - starts[line];
}

export function isBlankLine(text: string, starts: readonly number[], line: number): boolean {
  return text.slice(starts[line], lineContentEnd(text, starts, line)).trim() === '';
}
