import type { Position } from 'vscode-languageserver-types';
import { lineOf } from './edit/lines';
import type { TextChange } from './incremental/textDiff';

const lineFeed = 10;
const carriageReturn = 13;

/**
 * Where each line of a text starts, and conversions between offsets and LSP positions (line and
 * UTF-16 character). It follows vscode-languageserver-textdocument exactly (`\n`, `\r\n` and a
 * lone `\r` end a line; a position inside a line break is moved to the line's end), but a new
 * version's index can be made from the last one's: scanning a 400 KB file for its line breaks
 * costs about 3 ms, which would otherwise be paid on every keystroke that has any diagnostic to
 * place.
 */
export class LineIndex {
  private constructor(
    private readonly text: string,
    private readonly starts: number[],
  ) {}

  static of(text: string): LineIndex {
    return new LineIndex(text, scanLineStarts(text, 0, [0]).starts);
  }

  /**
   * The index of `text`, which is `previous`'s text with `change` made: lines before the change
   * are kept, the changed lines scanned again, and the lines after it shifted, from the first
   * line start past the change that was a line start before too.
   */
  static after(previous: LineIndex, text: string, change: TextChange): LineIndex {
    const old = previous.starts;
    const delta = change.newEnd - change.oldEnd;
    // The line before the one holding the change is scanned again too: a "\r" ending it could
    // now meet a "\n" and make one line break with it.
    const first = Math.max(0, lineOf(old, change.start) - 1);
    const kept = old.slice(0, first + 1);
    const { starts, resumeAt } = scanLineStarts(text, old[first], kept, (start) => {
      if (start <= change.newEnd) return -1;
      const index = lineOf(old, start - delta);
      return old[index] === start - delta ? index + 1 : -1;
    });
    if (resumeAt >= 0) for (let i = resumeAt; i < old.length; i++) starts.push(old[i] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(Math.min(offset, this.text.length), 0);
    const line = lineOf(this.starts, clamped);
    const lineStart = this.starts[line];
    return { line, character: this.beforeLineBreak(clamped, lineStart) - lineStart };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = this.starts[position.line];
    if (position.character <= 0) return lineStart;
    const nextLineStart = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    return this.beforeLineBreak(Math.min(lineStart + position.character, nextLineStart), lineStart);
  }

  private beforeLineBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isLineBreak(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

/**
 * Appends to `starts` the line starts found scanning `text` from `from`. After each one, `resume`
 * (if given) may say the rest is known: it returns the index in the old table to copy on from,
 * or -1 to keep scanning.
 */
function scanLineStarts(
  text: string,
  from: number,
  starts: number[],
  resume?: (start: number) => number,
): { starts: number[]; resumeAt: number } {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLineBreak(code)) continue;
    if (code === carriageReturn && text.charCodeAt(i + 1) === lineFeed) i++;
    starts.push(i + 1);
    const resumeAt = resume ? resume(i + 1) : -1;
    if (resumeAt >= 0) return { starts, resumeAt };
  }
  return { starts, resumeAt: -1 };
}

function isLineBreak(code: number): boolean {
  return code === lineFeed || code === carriageReturn;
}
