// Finds where a finding (an offset span in the YAML source) falls in a rendered text (the scalar's
// value: folded, unquoted, unescaped). The redaction check's scalar source map gives every value
// character its source offsets, so the mark lands on the very characters a reader sees, through
// folding, quotes and escapes. Where there is no such map (a value that is not a string), the
// source words are matched with flexible white space, at the same occurrence index.
import { traceScalar, type ScalarSource } from '../redaction/scalarSource';
import type { SourcedText } from './pageModel';

export interface TextMark {
  /** [from, to) in the text's value. */
  from: number;
  to: number;
  findingIndex: number;
  title: string;
  severity: string;
}

export interface MarkableFinding {
  start: number;
  end: number;
  index: number;
  message: string;
  severity: string;
}

/** The marks of `findings` inside one text. A finding that cannot be placed exactly marks the whole text. */
export function marksIn(text: SourcedText, source: string, findings: readonly MarkableFinding[]): TextMark[] {
  const span = text.span;
  if (!span) return [];
  const marks: TextMark[] = [];
  let traced: ScalarSource | undefined | null = null;
  for (const finding of findings) {
    if (finding.end <= span.start || finding.start >= span.end) continue;
    if (traced === null) traced = traceScalar(source, text.node);
    const located =
      (traced && traced.exact && traced.value === text.text ? locateTraced(traced, finding) : undefined) ??
      locate(text.text, source, span, finding);
    const [from, to] = located ?? [0, text.text.length];
    marks.push({ from, to, findingIndex: finding.index, title: finding.message, severity: finding.severity });
  }
  return marks.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** The value characters whose source lies inside the finding's span. */
function locateTraced(traced: ScalarSource, finding: MarkableFinding): [number, number] | undefined {
  let from = -1;
  let to = -1;
  for (let i = 0; i < traced.value.length; i++) {
    if (traced.ends[i] > finding.start && traced.starts[i] < finding.end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  }
  return from < 0 ? undefined : [from, to];
}

function locate(
  value: string,
  source: string,
  span: { start: number; end: number },
  finding: MarkableFinding,
): [number, number] | undefined {
  const start = Math.max(finding.start, span.start);
  const end = Math.min(finding.end, span.end);
  const words = source.slice(start, end).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  let occurrence = 0;
  for (const match of source.slice(span.start, span.end).matchAll(pattern)) {
    if (span.start + match.index >= start) break;
    occurrence++;
  }
  let seen = 0;
  for (const match of value.matchAll(pattern)) {
    if (seen++ === occurrence) return [match.index, match.index + match[0].length];
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
