import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Scalar } from 'yaml';
import { keyText, parseSummary, type PathSegment } from './parseSummary';

/**
 * What is at a position of a possibly half-typed summary, for completion: are we typing a key
 * or a value, at which path, in a block or a flow collection, and which text a completion should
 * replace. Works on files that do not parse cleanly (a key with no colon yet, an empty `- `, an
 * unclosed `[`), on empty lines (their indentation decides the mapping), at the end of the file,
 * and with CRLF line ends.
 *
 * How: a marker is inserted at the position and the text parsed again; the marker's node in the
 * AST gives the path, exactly as YAML itself reads the indentation. A bare word on its own line
 * (or nothing) is probed as a key (`word<marker>:`) so it never merges with the next line.
 */
export interface PositionContext {
  kind: 'key' | 'value';
  /** For a key: the path of the mapping it belongs to. For a value: the value's own path. */
  path: PathSegment[];
  /** The value or key is inside a flow collection (`[a, b]`, `{a: b}`). */
  flow: boolean;
  /**
   * Set when the position is a bare word (or nothing) right after `- `: it may be a list item's
   * value or the first key of a new mapping item; `path` is then the item's path either way.
   */
  listItem: boolean;
  /** The text a completion replaces: the word being typed, on this line (quotes included). */
  replace: { start: number; end: number };
  /** What is typed between the start of `replace` and the position (quotes excluded). */
  typed: string;
  /** The quoting of the value being typed. */
  quote: 'plain' | 'double' | 'single';
  /** Column where `replace` starts: the indentation for any following lines a completion inserts. */
  column: number;
  /** Keys already in the mapping (key completion; the one being typed excluded). */
  existingKeys: string[];
  /** The value position directly after `key:` with no space yet; an insertion must start with one. */
  needsSpace: boolean;
}

const marker = '\u2063rsCursor\u2063';

export function positionContext(text: string, offset: number): PositionContext | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  // A lone \r ends a line too (LSP counts \n, \r\n and \r alike).
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const lineEnd = lineBreakAtOrAfter(text, offset);
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd).replace(/\r$/, '');
  if (/(^|\s)#/.test(before) && !/["']/.test(before)) return undefined; // in a comment
  const bare = /^\s*((?:-\s+)*)([^\s:#'"[\]{},&*!|>%@`-][^:#]*?)?$/.exec(before);
  const bareWord = bare !== null && after.trim() === '' && !(bare[2] ?? '').includes(' ');
  const needsSpace = /:$/.test(before) && !/^\s*-?\s*$/.test(before) && (after === '' || /^\s/.test(after));
  const insert = bareWord ? `${marker}:` : needsSpace ? ` ${marker}` : marker;
  const probe = text.slice(0, offset) + insert + text.slice(offset);
  const parsed = parseSummary(probe);
  const found = findMarker(parsed.document?.contents as YamlNode | null | undefined, []);
  if (!found) return undefined;
  // Offsets in the probe map back to the text: the marker (and the probe's extra colon or space) is removed.
  const markerAt = offset + (needsSpace ? 1 : 0);
  const back = (probeOffset: number): number => (probeOffset <= markerAt ? Math.min(probeOffset, offset) : probeOffset - insert.length);
  const scalar = found.scalar;
  const range = scalar.range ?? [markerAt, markerAt + marker.length, markerAt + marker.length];
  const quote = scalar.type === 'QUOTE_DOUBLE' ? 'double' : scalar.type === 'QUOTE_SINGLE' ? 'single' : 'plain';
  // The word on this line only: a plain scalar may have started on an earlier line.
  let start = Math.max(back(range[0]), lineStart);
  let end = Math.max(offset, Math.min(back(range[1]), lineEnd));
  if (bareWord) {
    start = offset - (bare![2]?.length ?? 0);
    end = offset;
  }
  if (end > start && text[end - 1] === '\r') end--;
  const typedRaw = text.slice(start, offset);
  const typed = quote === 'plain' ? typedRaw : typedRaw.slice(1);
  const listItem = bareWord && (bare![1] ?? '') !== '' && found.parentIsNewItem;
  const kind: PositionContext['kind'] = found.kind;
  const path = listItem && found.kind === 'key' ? found.itemPath! : found.path;
  return {
    kind,
    path,
    flow: found.flow,
    listItem,
    replace: { start, end },
    typed,
    quote,
    column: start - lineStart,
    existingKeys: found.existingKeys,
    needsSpace,
  };
}

interface Found {
  scalar: Scalar;
  kind: 'key' | 'value';
  path: PathSegment[];
  flow: boolean;
  existingKeys: string[];
  /** The marker's mapping is a list item holding only the marker key (a new item being typed). */
  parentIsNewItem: boolean;
  itemPath?: PathSegment[];
}

function holdsMarker(node: unknown): node is Scalar {
  return isScalar(node) && typeof node.value === 'string' && node.value.includes(marker);
}

function findMarker(node: YamlNode | null | undefined, path: PathSegment[], flow = false, itemPath?: PathSegment[]): Found | undefined {
  if (node == null) return undefined;
  if (holdsMarker(node)) {
    // A document that is only a scalar is a summary being started: complete its first key.
    if (path.length === 0) return { scalar: node, kind: 'key', path: [], flow: false, existingKeys: [], parentIsNewItem: false };
    return { scalar: node, kind: 'value', path, flow, existingKeys: [], parentIsNewItem: false };
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      if (holdsMarker(pair.key)) {
        const existingKeys = node.items
          .filter((p) => p !== pair)
          .map((p) => keyText(p))
          .filter((k): k is string => k !== undefined);
        const parentIsNewItem = itemPath !== undefined && node.items.length === 1;
        return { scalar: pair.key, kind: 'key', path, flow: Boolean(node.flow), existingKeys, parentIsNewItem, itemPath };
      }
      const key = keyText(pair);
      if (key === undefined) continue;
      const found = findMarker(
        pair.value as YamlNode | null,
        [...path, key],
        Boolean((pair.value as { flow?: boolean } | null)?.flow) || flow,
      );
      if (found) return found;
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as YamlNode | null;
      const found = findMarker(item, [...path, i], Boolean(node.flow) || flow, [...path, i]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The offset of the first line break (\n or \r) at or after `offset`, or the text's length. */
export function lineBreakAtOrAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const carriageReturn = text.indexOf('\r', offset);
  if (newline < 0) return carriageReturn < 0 ? text.length : carriageReturn;
  return carriageReturn < 0 ? newline : Math.min(newline, carriageReturn);
}
