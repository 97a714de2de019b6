import { isMap, isPair, isSeq } from 'yaml';
import type { CST, Node as YamlNode } from 'yaml';
import { lineOf } from '../edit/lines';
import { keyText, type ParsedSummary } from '../parse/parseSummary';

/**
 * Where the recommendations of a summary sit in its text, so one recommendation can be checked on
 * its own. `starts[i]` is the start of the line holding item i's dash; item i runs to the next
 * item's line (comments and blank lines after it included); the last one runs to `end`, the line
 * of the next top-level key (or the end of the file). `header` is every other top-level line of
 * the file: the fields a recommendation is checked in the context of (redaction names, above all).
 */
export interface ChunkTable {
  /** The start of the `recommendations:` line (lines between it and the first dash hold only comments or nothing). */
  listStart: number;
  starts: number[];
  end: number;
  header: string;
  /**
   * The top-level lines that a recommendation's own findings depend on: only the `redaction` block
   * (the names to find and the texts to allow). An edited recommendation is checked in a window of
   * just this and itself (see recommendationEdit.ts and CheckerScope).
   */
  proseHeader: string;
  /** Where `proseHeader` starts in the file (findings in a window's header are mapped back there). */
  proseHeaderStart: number;
}

/**
 * The table, when the structure makes the boundaries certain: one well-formed document, a block
 * mapping at column 0, `recommendations` a block sequence whose dashes each begin their line.
 * Anything else (flow style, errors, odd layout) gives undefined, and the file is always checked
 * whole.
 */
export function chunkTable(parsed: ParsedSummary): ChunkTable | undefined {
  const { text, document } = parsed;
  if (!document || parsed.errors.length > 0 || parsed.warnings.length > 0 || parsed.extraDocuments.length > 0) return undefined;
  const root = document.contents;
  if (!isMap(root) || root.flow) return undefined;
  const pairIndex = root.items.findIndex((pair) => isPair(pair) && keyText(pair) === 'recommendations');
  if (pairIndex < 0) return undefined;
  const pair = root.items[pairIndex];
  const key = pair.key as YamlNode | undefined;
  const seq = pair.value;
  if (!key?.range || !isSeq(seq) || seq.flow || seq.items.length === 0) return undefined;
  const keyLine = lineStart(text, key.range[0]);
  if (keyLine !== key.range[0]) return undefined;
  const token = seq.srcToken as CST.BlockSequence | undefined;
  if (token?.type !== 'block-seq' || token.items.length !== seq.items.length) return undefined;
  const starts: number[] = [];
  for (const item of token.items) {
    const dash = item.start.find((t) => t.type === 'seq-item-ind');
    if (!dash) return undefined;
    const line = lineStart(text, dash.offset);
    // Only spaces may stand before the dash on its line.
    if (text.slice(line, dash.offset).trim() !== '') return undefined;
    if (starts.length > 0 && line <= starts[starts.length - 1]) return undefined;
    starts.push(line);
  }
  if (starts[0] <= keyLine) return undefined;
  const next = root.items[pairIndex + 1]?.key as YamlNode | undefined;
  let end = text.length;
  if (next) {
    if (!next.range || lineStart(text, next.range[0]) !== next.range[0]) return undefined;
    end = next.range[0];
  }
  if (end <= starts[starts.length - 1]) return undefined;
  const before = text.slice(0, keyLine);
  const after = text.slice(end);
  const header = before + after + (after === '' || after.endsWith('\n') ? '' : '\n');
  const redaction = topLevelBlock(text, root, 'redaction');
  return { listStart: keyLine, starts, end, header, proseHeader: redaction.text, proseHeaderStart: redaction.start };
}

/** The lines of one top-level field (its key's line to the next key's line), ending in a line break; '' if absent. */
function topLevelBlock(text: string, root: { items: Array<{ key: unknown }> }, name: string): { text: string; start: number } {
  const index = root.items.findIndex((pair) => isPair(pair) && keyText(pair) === name);
  if (index < 0) return { text: '', start: 0 };
  const key = root.items[index].key as YamlNode | undefined;
  const next = root.items[index + 1]?.key as YamlNode | undefined;
  if (!key?.range) return { text: '', start: 0 };
  const start = lineStart(text, key.range[0]);
  const end = next?.range ? lineStart(text, next.range[0]) : text.length;
  const block = text.slice(start, end);
  return { text: block.endsWith('\n') || block === '' ? block : block + '\n', start };
}

/** The index of the recommendation whose lines hold [start, end), if one does. */
export function chunkHolding(table: ChunkTable, start: number, end: number): number | undefined {
  if (start < table.starts[0]) return undefined;
  // The chunks' starts are line starts: the same search as for a line.
  const index = lineOf(table.starts, start);
  return end <= chunkEnd(table, index) ? index : undefined;
}

export function chunkEnd(table: ChunkTable, index: number): number {
  return index + 1 < table.starts.length ? table.starts[index + 1] : table.end;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
