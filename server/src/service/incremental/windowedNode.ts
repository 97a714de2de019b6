import type { Node as YamlNode } from 'yaml';
import type { DocumentState } from '../documentState';
import { nodeAtOffset, type NodeAtOffset } from '../parse/nodeAtOffset';
import { parseSummary } from '../parse/parseSummary';
import { lineOf } from '../edit/lines';
import type { ChunkTable } from './recommendationChunks';
import { parseWindow, recommendationWindow } from './recommendationWindow';

/**
 * nodeAtOffset (the key or scalar under the cursor, for hover) without parsing the whole file
 * when the service knows where this text's recommendations are and nothing has parsed it yet: in
 * a recommendation from its window, in the other top-level fields from them alone. Where a window
 * cannot be sure of the answer, from the whole file.
 */
export function nodeAtOffsetOf(state: DocumentState, offset: number): NodeAtOffset | undefined {
  const table = state.recommendationChunks;
  if (table && !state.isParsed) {
    const windowed = windowedNodeAt(state.text, offset, table);
    if (windowed) return windowed.found;
  }
  return nodeAtOffset(state.parsed.document?.contents as YamlNode | null | undefined, offset);
}

/**
 * The answer from a window: `{ found }` (found may be undefined: nothing there), or undefined when
 * only the whole file can say. Scalars are found end-inclusive, so an offset at a line start may
 * be the end of a block scalar above it: a recommendation's window answers for offsets after its
 * first character up to its end (the next one's first character), the header for offsets before
 * the `recommendations:` line or after the list's end.
 */
export function windowedNodeAt(text: string, offset: number, table: ChunkTable): { found: NodeAtOffset | undefined } | undefined {
  const { starts, end, listStart } = table;
  if (offset > starts[0] && offset <= end) {
    const index = lineOf(starts, offset - 1);
    const window = recommendationWindow(text, table, index);
    const parsed = parseWindow(window);
    if (!parsed) return undefined;
    const at = nodeAtOffset(parsed.document?.contents as YamlNode | null | undefined, offset - window.start + window.base);
    // At the list's end the next field's key starts, which the window does not hold.
    if (!at) return offset === end && end < text.length ? undefined : { found: undefined };
    if (at.path[0] !== 'recommendations' || at.path[1] !== 0) return undefined;
    const back = (windowOffset: number): number => windowOffset - window.base + window.start;
    return { found: { ...at, path: ['recommendations', index, ...at.path.slice(2)], start: back(at.start), end: back(at.end) } };
  }
  if (offset < listStart || offset > end) return headerNodeAt(text, offset, table);
  return undefined;
}

/** The answer from the header (the fields before the `recommendations:` line and after the list, parsed together). */
function headerNodeAt(text: string, offset: number, table: ChunkTable): { found: NodeAtOffset | undefined } | undefined {
  const { end, listStart, header } = table;
  const parsed = parseSummary(header);
  if (parsed.errors.length > 0 || parsed.warnings.length > 0 || parsed.extraDocuments.length > 0) return undefined;
  // The header is the text before listStart, then the text from the list's end.
  const above = offset < listStart;
  const at = nodeAtOffset(parsed.document?.contents as YamlNode | null | undefined, above ? offset : offset - end + listStart);
  if (!at) return { found: undefined };
  if (at.start < listStart !== above) return undefined;
  const shift = above ? 0 : end - listStart;
  // The header ends in a line break even where the file does not: a node reaching past the file's end is not the file's.
  if (at.end + shift > text.length) return undefined;
  return { found: { ...at, start: at.start + shift, end: at.end + shift } };
}
