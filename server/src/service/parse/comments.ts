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
  // An explicit stack, not recursion: the CST of a hostile file can be nested thousands of levels
  // deep. The CST is a tree, so nothing is visited twice.
  const stack: unknown[] = [...tokens];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    const token = value as { type?: string; offset?: number; source?: string };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      found.push({ offset: token.offset, text: token.source.slice(1) });
      continue;
    }
    for (const key in token) {
      const child = (token as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
