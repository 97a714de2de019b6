import { isCollection, isPair, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import type { FoldingRange } from 'vscode-languageserver-types';
import type { DocumentState } from '../documentState';
import type { FeatureContext } from './featureTypes';
import { indentOf, lineOf, lineStarts } from '../edit/lines';
import { chunkedResult, type ChunkedFeature } from '../incremental/chunkedFeature';
import { foldingChunks, type FoldingFrame, type FoldingPart } from './foldingParts';

/**
 * Folding ranges: every mapping, list and block scalar that spans lines (folded at the line of its
 * key or dash), and every run of two or more comment lines. The document itself is not a range.
 * The tree is walked with a stack, so a deeply nested file cannot exhaust the call stack.
 */
export function foldingRanges(state: DocumentState, context?: FeatureContext): FoldingRange[] {
  // A file over the size limit gets the YAML checks only, and no folding either.
  if (context && state.text.length > context.settings.maxFileSize) return [];
  // VS Code asks after every edit: from the recommendations' kept parts when it can, not a parse of the whole file.
  return chunkedResult(state, chunkedFolding);
}

const chunkedFolding: ChunkedFeature<FoldingRange[], FoldingPart, FoldingFrame> = { whole: wholeFileFoldingRanges, ...foldingChunks };

function wholeFileFoldingRanges(state: DocumentState): FoldingRange[] {
  const { parsed, text } = state;
  // The parser already counted the lines; re-scanning a huge file would double the cost.
  const starts = parsed.lineCounter.lineStarts.length > 0 ? parsed.lineCounter.lineStarts : lineStarts(text);
  const byStart = new Map<number, FoldingRange>();
  const add = (startLine: number, endLine: number, kind?: string): void => {
    if (endLine <= startLine) return;
    const existing = byStart.get(startLine);
    if (!existing || existing.endLine < endLine) byStart.set(startLine, kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const lastLineOf = (node: YamlNode): number => lineOf(starts, lastContentOffset(text, node.range![0], node.range![1]));

  const root = parsed.document?.contents as YamlNode | null | undefined;
  const stack: Array<{ node: unknown; foldFrom?: number }> = root ? [{ node: root }] : [];
  while (stack.length > 0) {
    const { node, foldFrom } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const yamlNode = node as YamlNode;
    const foldable = isCollection(node) || (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'));
    if (foldable && yamlNode.range && foldFrom !== undefined) add(foldFrom, lastLineOf(yamlNode));
    if (isSeq(node)) {
      for (const item of node.items) {
        const range = (item as YamlNode | null)?.range;
        if (range) stack.push({ node: item, foldFrom: lineOf(starts, range[0]) });
      }
    } else if (isCollection(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyRange = (pair.key as YamlNode | null)?.range;
        if (pair.value) stack.push({ node: pair.value, foldFrom: keyRange ? lineOf(starts, keyRange[0]) : undefined });
      }
    }
  }

  // Runs of whole-line comments.
  let runStart = -1;
  let previous = -2;
  const flush = (): void => {
    if (runStart >= 0) add(runStart, previous, FoldingRangeKind.Comment);
  };
  for (const comment of parsed.comments) {
    const line = lineOf(starts, comment.offset);
    if (comment.offset !== starts[line] + indentOf(text, starts, line)) continue;
    if (line !== previous + 1) {
      flush();
      runStart = line;
    }
    previous = line;
  }
  flush();
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

/** The offset of the last non-white-space character in [start, end), or start. */
function lastContentOffset(text: string, start: number, end: number): number {
  let offset = Math.min(end, text.length) - 1;
  while (offset > start && /\s/.test(text[offset])) offset--;
  return Math.max(offset, start);
}
