import type { DocumentState } from '../documentState';
import { positionContext, type PositionContext } from '../parse/positionContext';
import { chunkHolding, type ChunkTable } from './recommendationChunks';
import { recommendationWindow } from './recommendationWindow';

/**
 * positionContext (which parses the text again with a marker at the position) on just the
 * recommendation holding the position, inside the file's other top-level fields, when the service
 * knows where the recommendations are: a completion in a 1,000-recommendation file then parses a
 * kilobyte, not the file. The answer is used only when it is inside that recommendation (a
 * position that could belong to another one, or to the top level, gets the whole-file answer).
 */
export function positionContextOf(state: DocumentState, offset: number): PositionContext | undefined {
  const table = state.recommendationChunks;
  const windowed = table ? windowedContext(state.text, offset, table) : undefined;
  return windowed ?? positionContext(state.text, offset);
}

export function windowedContext(text: string, offset: number, table: ChunkTable): PositionContext | undefined {
  const index = chunkHolding(table, offset, offset);
  if (index === undefined) return undefined;
  const window = recommendationWindow(text, table, index);
  const { start, end, base } = window;
  if (offset <= start || offset >= end) return undefined;
  const found = positionContext(window.text, offset - start + base);
  if (!found || found.path[0] !== 'recommendations' || found.path[1] !== 0 || found.path.length < 3) return undefined;
  const back = (at: number): number => at - base + start;
  return {
    ...found,
    path: ['recommendations', index, ...found.path.slice(2)],
    replace: { start: back(found.replace.start), end: back(found.replace.end) },
  };
}
