import { isScalar, Scalar } from 'yaml';
import type { Span } from '../types';

/**
 * A scalar's value with, for every UTF-16 unit of the value, the span of source text it came
 * from. YAML changes text on its way to a value: plain and quoted scalars fold line breaks into
 * spaces, `''` becomes `'`, `\u00e9` becomes `é`, block scalars drop indentation. A finding on a
 * word of the value must be drawn on that word in the file, so every rule that reads prose goes
 * through this map.
 */
export interface ScalarSource {
  value: string;
  /** Source offset where value unit i starts. */
  starts: Int32Array;
  /** Source offset where value unit i ends (exclusive). */
  ends: Int32Array;
  /** Where the value's text sits in the file (inside any quotes, after a block header). */
  contentSpan: Span;
  style: Scalar.Type | 'UNKNOWN';
  /** False when the value could not be traced (then every unit maps to the whole scalar). */
  exact: boolean;
}

/** The source span of value units [start, end). */
export function sourceSpan(source: ScalarSource, start: number, end: number): Span {
  if (source.value.length === 0 || end <= start) {
    const at = source.starts[Math.min(start, source.starts.length - 1)] ?? source.contentSpan.start;
    return { start: at, end: at };
  }
  return { start: source.starts[start], end: source.ends[end - 1] };
}

/** Accumulates a value and its source map without a string or number object per character. */
class Builder {
  private chunks: string[] = [];
  length = 0;
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  push(text: string, start: number, end: number): void {
    const at = this.reserve(text.length);
    this.starts.fill(start, at, this.length);
    this.ends.fill(end, at, this.length);
    this.chunks.push(text);
  }
  /** Source characters [from, to), each value unit mapped to its own character. */
  pushSource(source: string, from: number, to: number): void {
    if (to <= from) return;
    const at = this.reserve(to - from);
    for (let k = 0; k < to - from; k++) {
      this.starts[at + k] = from + k;
      this.ends[at + k] = from + k + 1;
    }
    this.chunks.push(source.slice(from, to));
  }
  private reserve(count: number): number {
    const at = this.length;
    const needed = at + count;
    if (needed > this.starts.length) {
      const capacity = Math.max(needed, this.starts.length * 2);
      const grow = (old: Int32Array) => {
        const next = new Int32Array(capacity);
        next.set(old.subarray(0, this.length));
        return next;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.length = needed;
    return at;
  }
  get value(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')];
    return this.chunks[0] ?? '';
  }
}

/**
 * Traces a string scalar of a document parsed from `text` (with keepSourceTokens). Returns
 * undefined for non-string scalars. The traced value is compared with the parser's own value; on
 * any difference (an exotic construct this module does not model) the map falls back to the
 * whole scalar, so a finding is still shown, just less precisely.
 */
export function traceScalar(text: string, node: unknown): ScalarSource | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const value = node.value;
  const [start, valueEnd] = node.range;
  const style = (node.type ?? 'UNKNOWN') as ScalarSource['style'];
  let built: { builder: Builder; contentSpan: Span } | undefined;
  try {
    if (style === 'PLAIN') built = traceFlow(text, start, valueEnd, 'plain');
    else if (style === 'QUOTE_SINGLE') built = traceFlow(text, start + 1, valueEnd - 1, 'single');
    else if (style === 'QUOTE_DOUBLE') built = traceFlow(text, start + 1, valueEnd - 1, 'double');
    else if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') built = traceBlock(text, node, style === 'BLOCK_FOLDED');
  } catch {
    built = undefined;
  }
  if (built && built.builder.value === value) {
    const { builder } = built;
    return {
      value,
      starts: builder.starts.slice(0, builder.length),
      ends: builder.ends.slice(0, builder.length),
      contentSpan: built.contentSpan,
      style,
      exact: true,
    };
  }
  const starts = new Int32Array(value.length).fill(start);
  const ends = new Int32Array(value.length).fill(valueEnd);
  return { value, starts, ends, contentSpan: { start, end: valueEnd }, style, exact: false };
}

interface SourceLine {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the line's content (before `\r\n` or `\n`). */
  end: number;
  /** Offset just past the line break (equals end on the last line). */
  breakEnd: number;
}

function splitLines(text: string, from: number, to: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = from;
  while (true) {
    const newline = text.indexOf('\n', start);
    if (newline < 0 || newline >= to) {
      lines.push({ start, end: to, breakEnd: to });
      return lines;
    }
    const end = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    lines.push({ start, end, breakEnd: newline + 1 });
    start = newline + 1;
  }
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Plain and quoted scalars: line folding (a single break is a space, each empty line a `\n`,
 * white space around breaks dropped), `''` in single quotes, escapes in double quotes.
 */
function traceFlow(text: string, from: number, to: number, kind: 'plain' | 'single' | 'double'): { builder: Builder; contentSpan: Span } {
  const builder = new Builder();
  const lines = splitLines(text, from, to);
  let joinWithoutSpace = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const first = index === 0;
    const last = index === lines.length - 1;
    let start = line.start;
    let end = line.end;
    if (!first) while (start < end && isBlank(text[start])) start++;
    if (!last) end = trimTrailingBlanks(text, start, end, kind === 'double');
    if (!first && start === end && !last) continue; // an empty line: counted by the fold before it
    decodeSegment(text, start, end, kind, builder);
    if (last) break;
    // The fold between this line and the next content line.
    let next = index + 1;
    while (next < lines.length - 1 && isEmptyLine(text, lines[next])) next++;
    const emptyLines = next - index - 1;
    joinWithoutSpace = kind === 'double' && endsWithEscapedBreak(text, line.start, end);
    const foldStart = end;
    const foldEnd = firstContent(text, lines[next]);
    if (joinWithoutSpace) {
      // `\` at the end of a line: the break is removed; the backslash was not decoded.
      if (emptyLines > 0) builder.push('\n'.repeat(emptyLines), foldStart, foldEnd);
    } else if (emptyLines === 0) {
      builder.push(' ', foldStart, foldEnd);
    } else {
      for (let k = 1; k <= emptyLines; k++) builder.push('\n', lines[index + k].start, lines[index + k].breakEnd);
    }
  }
  return { builder, contentSpan: { start: from, end: to } };
}

function isEmptyLine(text: string, line: SourceLine): boolean {
  for (let i = line.start; i < line.end; i++) if (!isBlank(text[i])) return false;
  return true;
}

function leadingSpaces(text: string, line: SourceLine): number {
  let i = line.start;
  while (i < line.end && text[i] === ' ') i++;
  return i - line.start;
}

function firstContent(text: string, line: SourceLine): number {
  let i = line.start;
  while (i < line.end && isBlank(text[i])) i++;
  return i;
}

function trimTrailingBlanks(text: string, start: number, end: number, double: boolean): number {
  while (end > start && isBlank(text[end - 1])) {
    // In double quotes `\ ` or `\t` is content, not folding white space.
    if (double && countBackslashesBefore(text, start, end - 1) % 2 === 1) break;
    end--;
  }
  return end;
}

function endsWithEscapedBreak(text: string, start: number, end: number): boolean {
  return end > start && text[end - 1] === '\\' && countBackslashesBefore(text, start, end - 1) % 2 === 0;
}

function countBackslashesBefore(text: string, start: number, at: number): number {
  let count = 0;
  for (let i = at - 1; i >= start && text[i] === '\\'; i--) count++;
  return count;
}

const simpleEscapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};

function decodeSegment(text: string, start: number, end: number, kind: 'plain' | 'single' | 'double', builder: Builder): void {
  let i = start;
  while (i < end) {
    const c = text[i];
    if (kind === 'single' && c === "'" && text[i + 1] === "'") {
      builder.push("'", i, i + 2);
      i += 2;
    } else if (kind === 'double' && c === '\\') {
      const e = text[i + 1];
      if (i + 1 >= end) return; // an escaped line break: handled by the fold
      const hexLength = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (hexLength > 0) {
        const code = parseInt(text.slice(i + 2, i + 2 + hexLength), 16);
        builder.push(String.fromCodePoint(code), i, i + 2 + hexLength);
        i += 2 + hexLength;
      } else if (e in simpleEscapes) {
        builder.push(simpleEscapes[e], i, i + 2);
        i += 2;
      } else {
        throw new Error(`unknown escape \\${e}`);
      }
    } else {
      // A run of ordinary characters maps one to one.
      let run = i + 1;
      while (run < end && text[run] !== '\\' && text[run] !== "'") run++;
      pushRun(builder, text, i, run);
      i = run;
    }
  }
}

/** Characters [from, to) of the source, each mapped to itself. */
function pushRun(builder: Builder, text: string, from: number, to: number): void {
  builder.pushSource(text, from, to);
}

/** Literal (`|`) and folded (`>`) block scalars, with indentation indicators and chomping. */
function traceBlock(text: string, node: Scalar, folded: boolean): { builder: Builder; contentSpan: Span } | undefined {
  const token = node.srcToken as
    | { type: string; offset: number; indent: number; props: Array<{ type: string; offset: number; source: string }>; source: string }
    | undefined;
  if (!token || token.type !== 'block-scalar') return undefined;
  const header = token.props.find((p) => p.type === 'block-scalar-header');
  const newline = [...token.props].reverse().find((p) => p.type === 'newline');
  if (!header || !newline) return undefined;
  const bodyStart = newline.offset + newline.source.length;
  const bodyEnd = bodyStart + token.source.length;
  const explicit = /[1-9]/.exec(header.source.slice(1));
  const chomp = header.source.includes('-') ? 'strip' : header.source.includes('+') ? 'keep' : 'clip';
  const lines = bodyStart < bodyEnd ? splitLines(text, bodyStart, bodyEnd) : [];
  if (lines.length > 0 && lines[lines.length - 1].start === bodyEnd) lines.pop(); // after the final break
  let indent: number;
  if (explicit) indent = token.indent + Number(explicit[0]);
  else {
    // Indentation is spaces only (a tab after them is content); with no content line at all,
    // every line is empty.
    const firstContentLine = lines.find((line) => leadingSpaces(text, line) < line.end - line.start);
    indent = firstContentLine ? leadingSpaces(text, firstContentLine) : Number.MAX_SAFE_INTEGER;
  }
  const builder = new Builder();
  const contentOf = (line: SourceLine) => ({ start: Math.min(line.start + indent, line.end), end: line.end });
  const isEmpty = (line: SourceLine) => line.end - line.start <= indent && isEmptyLine(text, line);
  let lastContent = -1;
  lines.forEach((line, i) => {
    if (!isEmpty(line)) lastContent = i;
  });
  const moreIndented = (line: SourceLine) => isBlank(text[line.start + indent]);
  let previousContent = -1;
  for (let i = 0; i <= lastContent; i++) {
    const line = lines[i];
    if (isEmpty(line)) continue;
    if (previousContent >= 0) {
      const emptyBetween = i - previousContent - 1;
      const prev = lines[previousContent];
      const fold = folded && !moreIndented(prev) && !moreIndented(line);
      if (fold && emptyBetween === 0) builder.push(' ', prev.end, prev.breakEnd);
      else {
        if (!fold) builder.push('\n', prev.end, prev.breakEnd);
        for (let k = previousContent + 1; k < i; k++) builder.push('\n', lines[k].start, lines[k].breakEnd);
      }
    } else {
      // Leading empty lines are kept as line breaks.
      for (let k = 0; k < i; k++) builder.push('\n', lines[k].start, lines[k].breakEnd);
    }
    const { start, end } = contentOf(line);
    pushRun(builder, text, start, end);
    previousContent = i;
  }
  if (lastContent >= 0 && chomp !== 'strip') {
    const last = lines[lastContent];
    if (last.breakEnd > last.end) builder.push('\n', last.end, last.breakEnd);
    if (chomp === 'keep')
      for (let k = lastContent + 1; k < lines.length; k++)
        if (lines[k].breakEnd > lines[k].end) builder.push('\n', lines[k].start, lines[k].breakEnd);
  } else if (lastContent < 0 && chomp === 'keep') {
    for (const line of lines) if (line.breakEnd > line.end) builder.push('\n', line.start, line.breakEnd);
  }
  return { builder, contentSpan: { start: bodyStart, end: bodyEnd } };
}
