import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, YAMLMap } from 'yaml';
import { SymbolKind } from 'vscode-languageserver-types';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { DocumentState } from '../documentState';
import type { FeatureContext } from './featureTypes';
import { findPair } from '../parse/parseSummary';
import { readRecommendations, valueNode, type PartEntry, type RecommendationEntry } from '../rules/numbering/recommendationList';
import type { Span } from '../types';
import { chunkedResult, type ChunkedFeature } from '../incremental/chunkedFeature';
import { outlineChunks, type OutlineFrame, type OutlinePart } from './outlineParts';

/** How many characters of a recommendation's text its outline entry shows. */
export const outlineTextLength = 60;

/**
 * The outline: the summary's title as the root, each recommendation under it as
 * "3. EPUT should provide evidence and demonstrate to…", its parts as "(a) …" under that.
 * Built from whatever parses, so a half-written file still has an outline.
 */
export function documentSymbols(state: DocumentState, context?: FeatureContext): DocumentSymbol[] {
  // A file over the size limit gets the YAML checks only, and no outline either.
  if (context && state.text.length > context.settings.maxFileSize) return [];
  // VS Code asks after every edit (outline, breadcrumbs): from the recommendations' kept parts when it can.
  return chunkedResult(state, chunkedOutline);
}

const chunkedOutline: ChunkedFeature<DocumentSymbol[], OutlinePart, OutlineFrame> = { whole: wholeFileSymbols, ...outlineChunks };

function wholeFileSymbols(state: DocumentState): DocumentSymbol[] {
  const root = state.parsed.document?.contents;
  if (!isMap(root) || !root.range) return [];
  const titleNode = valueNode(findPair(root, 'title'));
  const title =
    isScalar(titleNode) && typeof titleNode.value === 'string' && titleNode.value.trim()
      ? titleNode.value.trim()
      : 'Untitled review summary';
  const rootSpan = mapSpan(state.text, root);
  const csp = scalarText(valueNode(findPair(root, 'csp')));
  const published = scalarText(valueNode(findPair(root, 'published')));
  const list = readRecommendations(state.parsed);
  return [
    {
      name: title,
      detail: [csp, published].filter(Boolean).join(' · ') || undefined,
      kind: SymbolKind.File,
      range: state.rangeOf(rootSpan),
      selectionRange: state.rangeOf(titleNode?.range ? nodeSpan(titleNode) : (firstKeySpan(root) ?? rootSpan)),
      children: list?.entries.map((entry) => recommendationSymbol(state, entry)) ?? [],
    },
  ];
}

function recommendationSymbol(state: DocumentState, entry: RecommendationEntry): DocumentSymbol {
  const span = mapSpan(state.text, entry.map);
  const numberNode = valueNode(entry.numberPair);
  const number = entry.number ?? (scalarText(numberNode) || '?');
  const addressees = valueNode(findPair(entry.map, 'addressedTo'));
  const detail = isSeq(addressees)
    ? addressees.items
        .map((item) => scalarText(item))
        .filter(Boolean)
        .join(', ')
    : scalarText(addressees);
  return {
    name: `${number}. ${shortText(scalarText(valueNode(entry.textPair)))}`,
    detail: detail || undefined,
    kind: SymbolKind.Object,
    range: state.rangeOf(span),
    selectionRange: state.rangeOf(
      numberNode?.range && numberNode.range[1] > numberNode.range[0] ? nodeSpan(numberNode) : (firstKeySpan(entry.map) ?? span),
    ),
    children: entry.parts.map((part) => partSymbol(state, part)),
  };
}

function partSymbol(state: DocumentState, part: PartEntry): DocumentSymbol {
  const span = mapSpan(state.text, part.map);
  const labelNode = valueNode(part.labelPair);
  const label = scalarText(labelNode) || '?';
  return {
    name: `(${label}) ${shortText(scalarText(valueNode(part.textPair)))}`,
    kind: SymbolKind.Property,
    range: state.rangeOf(span),
    selectionRange: state.rangeOf(
      labelNode?.range && labelNode.range[1] > labelNode.range[0] ? nodeSpan(labelNode) : (firstKeySpan(part.map) ?? span),
    ),
    children: [],
  };
}

/** A text on one line, cut at a word boundary with an ellipsis when longer than `max`. */
export function shortText(text: string, max = outlineTextLength): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return '(no text)';
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function scalarText(node: unknown): string {
  return isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value).trim() : '';
}

function nodeSpan(node: YamlNode): Span {
  return { start: node.range![0], end: node.range![1] };
}

/** A mapping's span up to its last written character (not the line break after it). */
function mapSpan(text: string, map: YAMLMap<unknown, unknown>): Span {
  if (!map.range) return { start: 0, end: 0 };
  const start = map.range[0];
  return { start, end: start + text.slice(start, map.range[1]).trimEnd().length };
}

function firstKeySpan(map: YAMLMap<unknown, unknown>): Span | undefined {
  const key = map.items[0]?.key as YamlNode | undefined;
  return key?.range ? nodeSpan(key) : undefined;
}
