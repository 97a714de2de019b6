import type { CST, YAMLError } from 'yaml';
import type { ParsedSummary } from '../parse/parseSummary';

export interface LocatedSyntaxError {
  start: number;
  end: number;
  message: string;
}

/**
 * yaml reports an unclosed quote or bracket where it gave up (often the end of the file). The
 * person editing needs the opening character, which the concrete syntax tree still has; this
 * finds it. Returns undefined when yaml's own position is already the right place.
 */
export function locateSyntaxError(parsed: ParsedSummary, error: YAMLError): LocatedSyntaxError | undefined {
  const at = error.pos[0];
  const text = parsed.text;
  if (/quote/i.test(error.message) && (error.code === 'MISSING_CHAR' || error.code === 'UNEXPECTED_TOKEN' || error.code === 'BAD_INDENT')) {
    const quoted = lastToken(
      parsed.tokens,
      at,
      (t) => (t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') && !isClosedQuote(t.source),
    );
    if (quoted) {
      const quote = quoted.source[0];
      return {
        start: quoted.offset,
        end: lineEndAt(text, quoted.offset),
        message: `This quoted text has no closing ${quote}: add one where the text ends`,
      };
    }
  }
  if (/flow (sequence|mapping|collection)|end with [\]}]/i.test(error.message)) {
    const flow = lastToken(parsed.tokens, at, (t) => t.type === 'flow-collection' && !isClosedFlow(t as CST.FlowCollection));
    if (flow) {
      const open = (flow as CST.FlowCollection).start.source;
      const close = open === '[' ? ']' : '}';
      return {
        start: flow.offset,
        end: flow.offset + 1,
        message: `This ${open} has no closing ${close} (or a line inside it is not indented more than its key)`,
      };
    }
  }
  if (error.code === 'RESOURCE_EXHAUSTION') {
    // parseSummary's own message (the nesting limit) already says what and where; yaml's is about its stack.
    const message = error.message.startsWith('Nested')
      ? error.message
      : 'This value is nested too deeply to check (a summary needs about five levels)';
    return { start: at, end: Math.min(at + 1, text.length), message };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    return {
      start: at,
      end: lineEndAt(text, at),
      message: 'A value cannot contain ": " unless it is in quotes (a nested mapping starts on its own line)',
    };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY') {
    return {
      start: at,
      end: lineEndAt(text, at),
      message: 'A key must fit on one line: is the colon missing from this line (or is the next line indented too far)?',
    };
  }
  return undefined;
}

function isClosedQuote(source: string): boolean {
  if (source.length < 2) return false;
  const quote = source[0];
  if (source[source.length - 1] !== quote) return false;
  if (quote === "'") return true;
  // A double quote preceded by an odd number of backslashes is escaped, not closing.
  let backslashes = 0;
  for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

function isClosedFlow(flow: CST.FlowCollection): boolean {
  const close = flow.start.source === '[' ? ']' : '}';
  return flow.end.some((token) => token.source === close);
}

/** The token starting last at or before `before` that satisfies `wanted` (iterative walk of the CST). */
function lastToken(
  tokens: readonly CST.Token[],
  before: number,
  wanted: (token: CST.Token & { source: string }) => boolean,
): (CST.Token & { source: string }) | undefined {
  let best: (CST.Token & { source: string }) | undefined;
  const stack: unknown[] = [...tokens];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const token = value as CST.Token & { source: string };
    if (
      typeof token.type === 'string' &&
      typeof token.offset === 'number' &&
      token.offset <= before &&
      wanted(token) &&
      (!best || token.offset > best.offset)
    )
      best = token;
    for (const key of Object.keys(token)) if (key !== 'source') stack.push((token as unknown as Record<string, unknown>)[key]);
  }
  return best;
}

function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}
