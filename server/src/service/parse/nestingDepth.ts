/**
 * How deeply a text nests, found by one linear scan before yaml sees it. yaml recurses once per
 * level (its parser and its composer) and only notices runaway nesting by catching a stack
 * overflow, after which V8 can die outright (a regular expression compiled with the stack
 * nearly exhausted aborts the process). So a text nested deeper than any summary could need is
 * never handed to yaml: parseSummary reports it instead.
 *
 * The count is YAML's: block levels from indentation (and compact `- - -` items), plus flow
 * levels from `[` and `{`, skipping quoted text, comments and block scalars (`|`, `>`), where
 * brackets are just characters. It may be off by a level or two on odd layouts, which does not
 * matter against a limit of a hundred.
 */
export interface ExcessiveNesting {
  /** Where the level past the limit opens. */
  offset: number;
  depth: number;
}

/** Summaries nest about five levels deep; a hundred is far beyond any real one. */
export const maxNesting = 100;

export function findExcessiveNesting(text: string, limit: number = maxNesting): ExcessiveNesting | undefined {
  const indents: number[] = [];
  let flowDepth = 0;
  let blockDepth = 0;
  let quote: '"' | "'" | undefined;
  let blockScalarParent: number | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let indent = 0;
    while (lineStart + indent < lineEnd && text[lineStart + indent] === ' ') indent++;
    const contentStart = lineStart + indent;
    const blank = contentStart >= lineEnd || text[contentStart] === '\r' || text[contentStart] === '#';
    let scanFrom = -1;
    if (blockScalarParent !== undefined && (blank || indent > blockScalarParent)) {
      // Inside a block scalar: text, not structure.
    } else if (flowDepth > 0 || quote) {
      scanFrom = lineStart;
      blockScalarParent = undefined;
    } else if (!blank) {
      blockScalarParent = undefined;
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      let at = contentStart;
      let dashes = 0;
      while (text[at] === '-' && (at + 1 >= lineEnd || text[at + 1] === ' ' || text[at + 1] === '\t' || text[at + 1] === '\r')) {
        dashes++;
        at++;
        while (text[at] === ' ' || text[at] === '\t') at++;
      }
      blockDepth = indents.length + dashes;
      if (blockDepth > limit) return { offset: contentStart, depth: blockDepth };
      const value = valueStart(text, at, lineEnd);
      if (text[value] === '[' || text[value] === '{') scanFrom = value;
      else if (text[value] === '|' || text[value] === '>') blockScalarParent = indent;
    }
    if (scanFrom >= 0) {
      for (let i = scanFrom; i < lineEnd; i++) {
        const ch = text[i];
        if (quote) {
          if (ch === '\\' && quote === '"') i++;
          else if (ch === quote) {
            if (quote === "'" && text[i + 1] === "'") i++;
            else quote = undefined;
          }
        } else if (ch === '"' || ch === "'") {
          quote = ch;
        } else if (ch === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) {
          break;
        } else if (ch === '[' || ch === '{') {
          flowDepth++;
          if (blockDepth + flowDepth > limit) return { offset: i, depth: blockDepth + flowDepth };
        } else if (ch === ']' || ch === '}') {
          flowDepth = Math.max(0, flowDepth - 1);
          if (flowDepth === 0) break;
        }
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return undefined;
}

/** Where the value starts on a block line: after `key:` and its spaces, or `at` itself. */
function valueStart(text: string, at: number, lineEnd: number): number {
  let i = at;
  if (text[i] === '"' || text[i] === "'") {
    const close = text.indexOf(text[i], i + 1);
    i = close === -1 || close > lineEnd ? lineEnd : close + 1;
  }
  for (; i < lineEnd; i++) {
    if (text[i] === ':' && (i + 1 >= lineEnd || text[i + 1] === ' ' || text[i + 1] === '\t' || text[i + 1] === '\r')) {
      let v = i + 1;
      while (v < lineEnd && (text[v] === ' ' || text[v] === '\t')) v++;
      return v;
    }
    if (text[i] === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) return lineEnd;
  }
  return at;
}
