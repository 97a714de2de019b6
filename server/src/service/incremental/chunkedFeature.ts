import { DocumentState } from '../documentState';
import type { ChunkCache } from './chunkCache';
import { chunkEnd, chunkTable, type ChunkTable } from './recommendationChunks';
import { readsAsInFile, recommendationWindow } from './recommendationWindow';

/**
 * Where a version's recommendations are, in lines: what a feature's parts are placed by. Lines are
 * LSP's and the parser's alike (chunkedResult is not used on a text with a lone carriage return,
 * which LSP counts as a line break and the parser does not).
 */
export interface ChunkLayout {
  /** Each recommendation's lines, as text (its chunk). */
  chunks: string[];
  /** The line each chunk starts on. */
  lines: number[];
  /** The `recommendations:` line. */
  listLine: number;
  /** The line after the list (the next top-level field's), or Infinity when the list runs to the end of the file. */
  endLine: number;
  /** The text before the first recommendation and after the list: what the frame is kept by. */
  before: string;
  after: string;
}

/**
 * A feature whose whole-file result is made of a part per recommendation (depending on its lines
 * alone) and a frame (the rest, depending on the text outside the list), so that it can be put
 * together from parts worked out in windows (recommendationWindow.ts) and kept between versions.
 */
export interface ChunkedFeature<Result, Part, Frame> {
  /** The result from the whole file: today's code, and what the others must equal. */
  whole(state: DocumentState): Result;
  /**
   * The result cut into its frame and each recommendation's part, or undefined when anything does
   * not fall where it should. Parts may hold the result's own objects (cutting a whole file's
   * result then allocates little): callers of the features read their results, never change them.
   */
  split(result: Result, layout: ChunkLayout): { frame: Frame; parts: Part[] } | undefined;
  /** Whether a part knows what the frame takes from the list's last recommendation (where the list ends). */
  canEndList(part: Part): boolean;
  /** The result from the frame and the parts, placed by the layout: new objects throughout, none of them kept. */
  join(frame: Frame, parts: readonly Part[], layout: ChunkLayout): Result;
}

/**
 * The feature's result for this version, equal to `feature.whole(state)`: when the service knows
 * where this text's recommendations are (it checked this very text), from the parts kept for the
 * unchanged recommendations and windows of the others; else, or when the kept frame no longer
 * fits, or too many recommendations changed for windows to be cheaper, from the whole file, which
 * is then cut into parts for the next version.
 */
export function chunkedResult<Result, Part, Frame>(state: DocumentState, feature: ChunkedFeature<Result, Part, Frame>): Result {
  const cache = state.chunkCaches.of<Part, Frame>(feature);
  const table = state.recommendationChunks;
  const layout = table && layoutOf(state, table);
  if (!table || !layout) return wholeAndSeed(state, feature, cache, table);
  const frame = cache.frame(layout.before, layout.after);
  if (frame === undefined) return wholeAndSeed(state, feature, cache, table, layout);
  const parts = cache.parts(layout.chunks);
  const last = parts.length - 1;
  if (parts[last] !== undefined && !feature.canEndList(parts[last])) parts[last] = undefined;
  const missing = parts.flatMap((part, i) => (part === undefined ? [i] : []));
  // Parsing costs about the same per character: windows (each the header and its recommendation)
  // longer than the file cost more than parsing it once.
  const windowChars = missing.reduce((sum, i) => sum + table.header.length + layout.chunks[i].length, 0);
  if (windowChars > state.text.length) return wholeAndSeed(state, feature, cache, table, layout);
  for (const i of missing) {
    const part = windowPart(state, table, i, feature);
    if (part === undefined) return wholeAndSeed(state, feature, cache, table, layout);
    parts[i] = part;
  }
  const complete = parts as Part[];
  cache.keep(layout.chunks, complete);
  return feature.join(frame, complete, layout);
}

/** The whole file's result; cut into parts for the next version when its recommendations' places are certain. */
function wholeAndSeed<Result, Part, Frame>(
  state: DocumentState,
  feature: ChunkedFeature<Result, Part, Frame>,
  cache: ChunkCache<Part, Frame>,
  known: ChunkTable | undefined,
  knownLayout?: ChunkLayout,
): Result {
  const result = feature.whole(state);
  // The whole file is parsed now: its chunk table costs a walk of the list's tokens.
  const table = known ?? chunkTable(state.parsed);
  const layout = knownLayout ?? (table && layoutOf(state, table));
  const split = layout && feature.split(result, layout);
  if (layout && split) cache.seed(layout.before, layout.after, split.frame, layout.chunks, split.parts);
  else cache.clear();
  return result;
}

// One layout per version and table: outline and folding asked for the same version share it.
const layouts = new WeakMap<DocumentState, { table: ChunkTable; layout: ChunkLayout | undefined }>();

/** The layout, or undefined for a text with a lone carriage return (where LSP's lines and the parser's differ). */
function layoutOf(state: DocumentState, table: ChunkTable): ChunkLayout | undefined {
  const known = layouts.get(state);
  if (known?.table === table) return known.layout;
  const layout = hasLoneCarriageReturn(state.text) ? undefined : newLayout(state, table);
  layouts.set(state, { table, layout });
  return layout;
}

function newLayout(state: DocumentState, table: ChunkTable): ChunkLayout {
  const { text } = state;
  const { starts } = table;
  return {
    chunks: starts.map((start, i) => text.slice(start, chunkEnd(table, i))),
    lines: starts.map((start) => state.positionAt(start).line),
    listLine: state.positionAt(table.listStart).line,
    endLine: table.end < text.length ? state.positionAt(table.end).line : Infinity,
    before: text.slice(0, starts[0]),
    after: text.slice(table.end),
  };
}

// Windows parsed for one version, so that outline and folding asked for the same version parse each once.
const windowsOf = new WeakMap<DocumentState, Map<number, { state: DocumentState; layout: ChunkLayout } | null>>();

/** Recommendation `index`'s part, from its window alone; undefined unless the window reads as the file does. */
function windowPart<Result, Part, Frame>(
  state: DocumentState,
  table: ChunkTable,
  index: number,
  feature: ChunkedFeature<Result, Part, Frame>,
): Part | undefined {
  let windows = windowsOf.get(state);
  if (!windows) windowsOf.set(state, (windows = new Map()));
  let parsed = windows.get(index);
  if (parsed === undefined) {
    const window = recommendationWindow(state.text, table, index);
    const windowState = new DocumentState({ uri: state.uri, version: state.version, getText: () => window.text });
    const windowTable: ChunkTable = { ...table, listStart: table.header.length, starts: [window.base], end: window.text.length };
    parsed = readsAsInFile(windowState.parsed, window) ? { state: windowState, layout: newLayout(windowState, windowTable) } : null;
    windows.set(index, parsed);
  }
  if (!parsed) return undefined;
  const part = feature.split(feature.whole(parsed.state), parsed.layout)?.parts[0];
  return part !== undefined && feature.canEndList(part) ? part : undefined;
}

function hasLoneCarriageReturn(text: string): boolean {
  return text.includes('\r') && /\r(?!\n)/.test(text);
}
