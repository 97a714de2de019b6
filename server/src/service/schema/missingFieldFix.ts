import { isMap } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { nodeAtPath, type PathSegment } from '../parse/parseSummary';
import type { Fix, OffsetEdit } from '../types';
import { resolveRef, schemaForPath, type SchemaNode } from './schemaModel';

/** Fields whose value is prose: written as a folded block (`>-`) with the placeholder on its own line. */
const PROSE_FIELDS = new Set(['summary', 'text']);
const INDENT_STEP = 2;

/**
 * "Add `summary`": inserts each missing key of the mapping at `path` with a placeholder value,
 * after the field that precedes it in the schema's property order (or before the first key when
 * none does), at the mapping's own indentation, in block or flow style, with the file's line
 * ends. Only text is inserted; nothing already written changes. `pathInFile`: `path` as the whole
 * file numbers it, when the text is a window of one recommendation (see RuleContext).
 */
export function addMissingFieldsFix(
  missing: string[],
  path: PathSegment[],
  root: YamlNode | null | undefined,
  text: string,
  pathInFile: PathSegment[] = path,
): Fix | undefined {
  const owner = nodeAtPath(root, path);
  const schema = schemaForPath(path);
  if (!isMap(owner) || !owner.range || !schema?.properties) return undefined;
  const order = Object.keys(schema.properties);
  const ordered = [...missing].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  // Placeholders (a recommendation's number) come from the position in the whole file.
  const edits = owner.flow ? flowEdits(owner, ordered, order, pathInFile, text) : blockEdits(owner, ordered, order, pathInFile, text);
  if (!edits?.length) return undefined;
  const title = missing.length === 1 ? `Add \`${missing[0]}\`` : 'Add the missing fields';
  return { title, edits };
}

function blockEdits(owner: YAMLMap, missing: string[], order: string[], path: PathSegment[], text: string): OffsetEdit[] | undefined {
  const firstKey = owner.items[0]?.key as YamlNode | undefined;
  if (!firstKey?.range) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const column = firstKey.range[0] - (text.lastIndexOf('\n', firstKey.range[0] - 1) + 1);
  const byPlace = new Map<number, string[]>();
  const atStart: string[] = [];
  for (const field of missing) {
    const lines = renderBlock(field, schemaForPath([...path, field]), column, [...path, field]);
    const before = precedingPair(owner, field, order);
    if (!before) {
      atStart.push(...lines);
      continue;
    }
    const end = pairEnd(before, text);
    byPlace.set(end, [...(byPlace.get(end) ?? []), ...lines]);
  }
  const edits: OffsetEdit[] = [];
  if (atStart.length) {
    // Inserted before the first key, which may sit after a list dash: the first line takes the
    // key's place and the key moves to a new line at the same column.
    const joined = atStart.join(eol).slice(column);
    edits.push({ start: firstKey.range[0], end: firstKey.range[0], newText: `${joined}${eol}${' '.repeat(column)}` });
  }
  for (const [lineEnd, lines] of byPlace) {
    const atEof = lineEnd >= text.length;
    const start = atEof ? text.length : lineEnd + (text[lineEnd] === '\r' ? 2 : 1);
    edits.push({ start, end: start, newText: atEof ? `${eol}${lines.join(eol)}` : `${lines.join(eol)}${eol}` });
  }
  return edits;
}

function flowEdits(owner: YAMLMap, missing: string[], order: string[], path: PathSegment[], text: string): OffsetEdit[] | undefined {
  const range = owner.range!;
  const entries = (field: string): string => `${field}: ${renderFlow(schemaForPath([...path, field]), [...path, field])}`.trimEnd();
  if (owner.items.length === 0) {
    const open = text.indexOf('{', range[0]);
    if (open < 0) return undefined;
    return [{ start: open + 1, end: open + 1, newText: missing.map(entries).join(', ') }];
  }
  const edits: OffsetEdit[] = [];
  const atStart = missing.filter((field) => !precedingPair(owner, field, order));
  const firstKey = owner.items[0].key as YamlNode | undefined;
  if (atStart.length && firstKey?.range) {
    edits.push({ start: firstKey.range[0], end: firstKey.range[0], newText: `${atStart.map(entries).join(', ')}, ` });
  }
  const byPlace = new Map<number, string[]>();
  for (const field of missing) {
    const before = precedingPair(owner, field, order);
    if (!before) continue;
    const end = valueEnd(before, text);
    byPlace.set(end, [...(byPlace.get(end) ?? []), entries(field)]);
  }
  for (const [end, list] of byPlace) edits.push({ start: end, end, newText: `, ${list.join(', ')}` });
  return edits;
}

/** The pair of the nearest field written before `field` in the schema's property order. */
function precedingPair(owner: YAMLMap, field: string, order: string[]): Pair | undefined {
  const rank = order.indexOf(field);
  let best: { pair: Pair; rank: number } | undefined;
  for (const item of owner.items) {
    const key = (item.key as { value?: unknown } | null)?.value;
    const itemRank = order.indexOf(String(key));
    if (itemRank < 0 || itemRank >= rank) continue;
    if (!best || itemRank > best.rank) best = { pair: item as Pair, rank: itemRank };
  }
  return best?.pair;
}

/** Where a pair's written value ends, after trailing white space is dropped. */
function valueEnd(pair: Pair, text: string): number {
  const value = pair.value as YamlNode | null;
  const key = pair.key as YamlNode | null;
  let end = value?.range ? value.range[1] : key?.range ? key.range[1] : 0;
  const start = key?.range ? key.range[0] : 0;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The end of the last line a block pair uses (before its line break). */
function pairEnd(pair: Pair, text: string): number {
  const end = valueEnd(pair, text);
  const newline = text.indexOf('\n', end);
  if (newline < 0) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

function renderBlock(field: string, schema: SchemaNode | undefined, column: number, path: PathSegment[]): string[] {
  const indent = ' '.repeat(column);
  const node = resolveRef(schema);
  const type = node?.type;
  if (type === 'object') {
    return [
      `${indent}${field}:`,
      ...requiredOf(node).flatMap((sub) => renderBlock(sub, schemaForPath([...path, sub]), column + INDENT_STEP, [...path, sub])),
    ];
  }
  if (type === 'array') {
    const item = resolveRef(node?.items);
    if (item?.type === 'object') {
      const itemPath = [...path, 0];
      const lines = requiredOf(item).flatMap((sub) =>
        renderBlock(sub, schemaForPath([...itemPath, sub]), column + 2 * INDENT_STEP, [...itemPath, sub]),
      );
      if (lines.length) lines[0] = `${indent}${' '.repeat(INDENT_STEP)}- ${lines[0].trimStart()}`;
      return [`${indent}${field}:`, ...lines];
    }
    return [`${indent}${field}:`, `${indent}${' '.repeat(INDENT_STEP)}- ${placeholderText([...path, 0])}`];
  }
  const value = scalarPlaceholder(node, path);
  if (type === 'string' && PROSE_FIELDS.has(field)) return [`${indent}${field}: >-`, `${indent}${' '.repeat(INDENT_STEP)}${value}`];
  return [`${indent}${field}:${value === '' ? '' : ` ${value}`}`];
}

function renderFlow(schema: SchemaNode | undefined, path: PathSegment[]): string {
  const node = resolveRef(schema);
  if (node?.type === 'object')
    return `{${requiredOf(node)
      .map((sub) => `${sub}: ${renderFlow(schemaForPath([...path, sub]), [...path, sub])}`.trimEnd())
      .join(', ')}}`;
  if (node?.type === 'array') return `[${renderFlow(resolveRef(node.items), [...path, 0])}]`;
  const value = scalarPlaceholder(node, path);
  return node?.type === 'string' ? JSON.stringify(value) : value;
}

function requiredOf(node: SchemaNode | undefined): string[] {
  return node?.required ?? [];
}

/**
 * A value the writer will replace: words that say what belongs there, or, where the position
 * gives the answer, the answer (a recommendation's number, a part's letter). A number with no
 * sensible guess is left empty, so the schema still asks for it instead of a made-up year.
 */
function scalarPlaceholder(node: SchemaNode | undefined, path: PathSegment[]): string {
  const type = node?.type;
  const index = typeof path[path.length - 2] === 'number' ? (path[path.length - 2] as number) : 0;
  const field = path[path.length - 1];
  if (type === 'integer' || type === 'number') return field === 'number' && path[0] === 'recommendations' ? String(index + 1) : '';
  if (field === 'label') return String.fromCharCode(97 + Math.min(index, 25));
  if (type === 'string') return placeholderText(path);
  return '';
}

function placeholderText(path: PathSegment[]): string {
  const field = path[path.length - 1];
  const inPart = path.includes('parts');
  if (typeof field === 'number') return path[path.length - 2] === 'addressedTo' ? 'Name of the agency' : 'To be written';
  switch (field) {
    case 'title':
      return 'Title of the review';
    case 'csp':
      return 'Name of the Community Safety Partnership';
    case 'published':
      return 'YYYY-MM';
    case 'url':
      return 'https://';
    case 'summary':
      return 'To be written: what the review found.';
    case 'text':
      return inPart ? 'To be written: this part of the recommendation.' : 'To be written: the recommendation.';
    default:
      return 'To be written';
  }
}
