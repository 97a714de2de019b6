import type { CST } from 'yaml';

export interface SourceComment {
  /** Offset of the `#`. */
  offset: number;
  /** The comment's text after the `#`. */
  text: string;
}

/**
 * Every real comment in the file, from the parser's concrete syntax tree. A `#` inside a block or
 * quoted scalar is content, not a comment; reading the CST (not the raw lines) keeps them apart.
 */
export function collectComments(tokens: readonly CST.Token[]): SourceComment[] {
  const found: SourceComment[] = [];
  const seen = new Set<object>();
  // An explicit stack, not recursion: the CST of a hostile file can be nested 10,000 levels deep.
  const stack: unknown[] = [...tokens];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const token = value as { type?: string; offset?: number; source?: string };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      found.push({ offset: token.offset, text: token.source.slice(1) });
      continue;
    }
    for (const key of Object.keys(token)) {
      if (key !== 'source') stack.push((token as Record<string, unknown>)[key]);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
