import { Composer, Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, YAMLMap, YAMLParseError } from 'yaml';
import type { CST, Node as YamlNode, Pair, YAMLError, YAMLWarning } from 'yaml';
import { collectComments, type SourceComment } from './comments';
import { findExcessiveNesting, maxNesting } from './nestingDepth';

/**
 * A summary file parsed once, with everything the rules need: the YAML AST with source ranges,
 * a plain JavaScript value for schema validation, and a way back from a value's path to its node.
 */
export interface ParsedSummary {
  text: string;
  /** The first YAML document (a summary is one document); null only for an empty stream. */
  document: Document.Parsed | null;
  /** Documents after the first; their presence is itself a problem. */
  extraDocuments: Document.Parsed[];
  /** The value of the first document, aliases not expanded (see toPlainValue). */
  value: unknown;
  errors: YAMLError[];
  warnings: YAMLWarning[];
  comments: SourceComment[];
  lineCounter: LineCounter;
  /** The concrete syntax tree (for locating what the AST lost, such as an unclosed quote's start). */
  tokens: CST.Token[];
  /** Set when only the text before this offset was parsed (the file is over the size limit). */
  parsedUpTo?: number;
}

export interface ParseOptions {
  /**
   * Parse at most this many characters (cut at a line break): yaml needs about a second and
   * 100 MB per million characters, so a huge file is only read as far as the limit.
   */
  maxLength?: number;
}

export function parseSummary(fullText: string, options: ParseOptions = {}): ParsedSummary {
  const cut =
    options.maxLength !== undefined && fullText.length > options.maxLength ? cutAtLineBreak(fullText, options.maxLength) : undefined;
  const text = cut === undefined ? fullText : fullText.slice(0, cut);
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep) return { ...tooDeeplyNested(fullText, tooDeep.offset), parsedUpTo: cut };
  const lineCounter = new LineCounter();
  const parser = new Parser(lineCounter.addNewLine);
  // keepSourceTokens lets rules read a scalar exactly as written (quoting, folding) for minimal edits.
  const composer = new Composer({ keepSourceTokens: true, uniqueKeys: true, prettyErrors: false, strict: true });
  const tokens = Array.from(parser.parse(text));
  const documents = Array.from(composer.compose(tokens, true, text.length));
  const [document = null, ...extraDocuments] = documents;
  const errors: YAMLError[] = [];
  const warnings: YAMLWarning[] = [];
  for (const doc of documents) {
    // At a cut, an unclosed quote or bracket is the cut's doing, not the file's.
    errors.push(...(cut === undefined ? doc.errors : doc.errors.filter((error) => error.pos[1] < text.length - 1)));
    warnings.push(...doc.warnings);
  }
  if (cut !== undefined) {
    for (let at = fullText.indexOf('\n', cut); at !== -1; at = fullText.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  }
  return {
    parsedUpTo: cut,
    text: fullText,
    document,
    extraDocuments,
    value: document ? toPlainValue(document.contents) : undefined,
    errors,
    warnings,
    comments: collectComments(tokens),
    lineCounter,
    tokens,
  };
}

/** The offset just after the last line break at or before `limit` (or `limit` itself on a single huge line). */
function cutAtLineBreak(text: string, limit: number): number {
  const newline = text.lastIndexOf('\n', limit - 1);
  return newline > 0 ? newline + 1 : limit;
}

/**
 * A text nested deeper than `maxNesting` is not parsed at all (see nestingDepth.ts): one located
 * error says so, and every rule sees an unparsed file.
 */
function tooDeeplyNested(text: string, offset: number): ParsedSummary {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  const message = `Nested more than ${maxNesting} levels deep here, so the file was not checked further (a summary needs about five levels)`;
  return {
    text,
    document: null,
    extraDocuments: [],
    value: undefined,
    errors: [new YAMLParseError([offset, Math.min(offset + 1, text.length)], 'RESOURCE_EXHAUSTION', message)],
    warnings: [],
    comments: [],
    lineCounter,
    tokens: [],
  };
}

/**
 * The AST as plain data. Aliases are never expanded (a summary may not use them, and expanding
 * them is how a "billion laughs" file eats memory): an alias stands as `null`, and its own rule
 * reports it. Keys are the scalar keys' string form. Built with an explicit stack, not recursion,
 * so a deeply nested hostile file cannot overflow the stack.
 */
export function toPlainValue(node: unknown): unknown {
  const root: { value: unknown } = { value: null };
  const work: Array<{ node: unknown; assign: (value: unknown) => void }> = [{ node, assign: (v) => (root.value = v) }];
  while (work.length > 0) {
    const { node: current, assign } = work.pop()!;
    if (current == null || isAlias(current)) assign(null);
    else if (isScalar(current)) assign(current.value);
    else if (isSeq(current)) {
      const out: unknown[] = new Array(current.items.length).fill(null);
      assign(out);
      current.items.forEach((item, index) => work.push({ node: item, assign: (v) => (out[index] = v) }));
    } else if (isMap(current)) {
      const out: Record<string, unknown> = Object.create(null);
      assign(out);
      for (const pair of current.items) {
        const key = keyText(pair);
        if (key === undefined || key in out) continue;
        out[key] = null;
        work.push({ node: pair.value, assign: (v) => (out[key] = v) });
      }
    } else assign(null);
  }
  return root.value;
}

/** The key of a pair as text, or undefined for keys that are not scalars. */
export function keyText(pair: Pair<unknown, unknown>): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

export type PathSegment = string | number;

/** The node at a path of keys and indexes, or undefined where the path leaves the AST. */
export function nodeAtPath(root: unknown, path: readonly PathSegment[]): YamlNode | undefined {
  let node: unknown = root;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = findPair(node, String(segment));
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return undefined;
    }
  }
  return (node ?? undefined) as YamlNode | undefined;
}

export function findPair(map: YAMLMap<unknown, unknown>, key: string): Pair<unknown, unknown> | undefined {
  return map.items.find((pair) => isPair(pair) && keyText(pair) === key);
}

/** The pair whose value sits at `path` (so its key can be underlined), if any. */
export function pairAtPath(root: unknown, path: readonly PathSegment[]): Pair<unknown, unknown> | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAtPath(root, path.slice(0, -1));
  const last = path[path.length - 1];
  return isMap(parent) ? findPair(parent, String(last)) : undefined;
}
