import type { SourceComment } from '../parse/comments';
import type { LineCounter } from 'yaml';

/**
 * Suppression comments. `# review-summary-disable-next-line rule-a, rule-b` silences those rules
 * on the next line; `# review-summary-disable-line rule-a` at the end of a line silences them on
 * its own line. A rule must be named (a family such as `redaction/*` works too): a blanket
 * suppression could hide a name nobody meant to publish.
 */
export interface Suppressions {
  /** 1-based line number → rule patterns silenced there. */
  byLine: Map<number, SuppressionComment[]>;
  all: SuppressionComment[];
}

export interface SuppressionComment {
  offset: number;
  end: number;
  patterns: string[];
  line: number;
  used: boolean;
}

/** The directive a comment starts with to silence rules on the line below it. */
export const disableNextLineDirective = 'review-summary-disable-next-line';

const directive = /^\s*review-summary-disable-(next-line|line)\b(.*)$/;

/** What one suppression comment says: which line it reaches and the rule patterns it names. */
export interface SuppressionDirective {
  reaches: 'next-line' | 'line';
  patterns: string[];
}

/** The directive in a comment's text (after the `#`), if it is a suppression comment. */
export function parseSuppressionDirective(commentText: string): SuppressionDirective | undefined {
  const match = directive.exec(commentText);
  if (!match) return undefined;
  const patterns = match[2]
    .replace(/--.*$/, '') // "-- reason" after the rules is a note for people
    .split(/[\s,]+/)
    .filter((p) => p.length > 0);
  return { reaches: match[1] as SuppressionDirective['reaches'], patterns };
}

export function readSuppressions(comments: readonly SourceComment[], lineCounter: LineCounter, text: string): Suppressions {
  const byLine = new Map<number, SuppressionComment[]>();
  const all: SuppressionComment[] = [];
  for (const comment of comments) {
    const parsed = parseSuppressionDirective(comment.text);
    if (!parsed) continue;
    const { patterns } = parsed;
    const commentLine = lineCounter.linePos(comment.offset).line;
    const line = parsed.reaches === 'line' ? commentLine : nextContentLine(text, comment.offset, commentLine);
    const entry: SuppressionComment = {
      offset: comment.offset,
      end: comment.offset + comment.text.length + 1,
      patterns,
      line,
      used: false,
    };
    all.push(entry);
    const list = byLine.get(line) ?? [];
    list.push(entry);
    byLine.set(line, list);
  }
  return { byLine, all };
}

/** The line after the comment's line (comments and blank lines in between are skipped). */
function nextContentLine(text: string, offset: number, commentLine: number): number {
  let line = commentLine;
  let position = text.indexOf('\n', offset);
  while (position >= 0) {
    line++;
    const next = text.indexOf('\n', position + 1);
    const content = text.slice(position + 1, next < 0 ? text.length : next).trim();
    if (content.length > 0 && !content.startsWith('#')) return line;
    position = next;
  }
  return line + 1;
}

export function matchesRule(pattern: string, rule: string): boolean {
  if (pattern === rule) return true;
  if (pattern.endsWith('/*')) return rule.startsWith(pattern.slice(0, -1));
  return false;
}
