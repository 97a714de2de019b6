import { parseSummary, type ParsedSummary } from '../parse/parseSummary';
import { chunkEnd, type ChunkTable } from './recommendationChunks';
import { windowItems } from './recommendationShape';

/**
 * One recommendation inside the file's other top-level fields: `header`, then `recommendations:`,
 * then the recommendation's lines as they stand in the file. Parsed, it reads that recommendation
 * as the whole file does (the header keeps its directives and the fields around the list), at a
 * kilobyte's cost where the file may be hundreds.
 */
export interface RecommendationWindow {
  text: string;
  /** Where the recommendation's lines start in `text`. */
  base: number;
  /** Where they start, and end, in the file. */
  start: number;
  end: number;
}

export function recommendationWindow(text: string, table: ChunkTable, index: number): RecommendationWindow {
  const prefix = `${table.header}recommendations:\n`;
  const start = table.starts[index];
  const end = chunkEnd(table, index);
  return { text: prefix + text.slice(start, end), base: prefix.length, start, end };
}

/**
 * Whether the window's parse reads as the file does there: no error or warning, and its list is
 * exactly one recommendation starting where the window's lines do. If not (an alias to an anchor
 * outside it, say), the caller uses the whole file.
 */
export function readsAsInFile(parsed: ParsedSummary, window: RecommendationWindow): boolean {
  if (parsed.errors.length > 0 || parsed.warnings.length > 0 || parsed.extraDocuments.length > 0) return false;
  const items = windowItems(parsed, window.base);
  return items?.length === 1 && items[0].start === window.base;
}

/** The window parsed, if it reads as the file does there (see readsAsInFile). */
export function parseWindow(window: RecommendationWindow): ParsedSummary | undefined {
  const parsed = parseSummary(window.text);
  return readsAsInFile(parsed, window) ? parsed : undefined;
}
