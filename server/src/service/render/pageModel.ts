// A summary's YAML as the page's content: what each element says and where in the source it is.
// Tolerant by design: the preview renders files with schema errors too (the status strip lists
// them), so a missing field becomes an absent value here, never an exception.
import { isMap, isScalar, isSeq } from 'yaml';
import type { ParsedSummary } from '../parse/parseSummary';
import { findPair, nodeAtPath, type PathSegment } from '../parse/parseSummary';
import type { Span } from '../types';
import type { AgencyDisplay, AgencyResolver } from '../../../../common/page/renderTypes';

/** A text shown on the page, with the span of the YAML scalar it comes from (for marks and scroll sync). */
export interface SourcedText {
  text: string;
  /** The scalar's span in the source, from its first to its last character (quotes, indicators included). */
  span?: Span;
  /** Block scalars keep line breaks in `text`; literal ones (`|`) separate paragraphs by a blank line. */
  literal?: boolean;
  /** The YAML scalar itself, to map a source span to the exact characters of `text` (marks). */
  node?: unknown;
}

export interface AgencyEntry {
  written: SourcedText;
  display: AgencyDisplay;
}

export interface PartModel {
  label: string;
  text?: SourcedText;
  span?: Span;
}

export interface RecommendationModel {
  /** The number as written (a whole number when the file is right). */
  number?: number;
  numberText: string;
  text?: SourcedText;
  parts: PartModel[];
  agencies: AgencyEntry[];
  /** The whole list item, for scroll sync and "reveal source". */
  span?: Span;
}

export type ReviewType = 'DHR' | 'DARDR';

export interface PageModel {
  title?: SourcedText;
  csp?: SourcedText;
  /** "August 2023" from "2023-08" (as written when it is not a month). */
  published?: SourcedText;
  yearOfDeath?: SourcedText;
  reviewType: ReviewType;
  reviewTypeSpan?: Span;
  source: { url?: string; urlText?: SourcedText; publisher: SourcedText; span?: Span };
  summary?: SourcedText;
  /** In numeric order, whatever the file's order; items without a number follow in file order. */
  recommendations: RecommendationModel[];
  recommendationsSpan?: Span;
}

export const defaultPublisher = 'Home Office DHR Library';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-08" → "August 2023"; anything else is shown as written. */
export function displayMonth(value: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value.trim());
  return match ? `${months[Number(match[2]) - 1]} ${match[1]}` : value;
}

export function buildPageModel(parsed: ParsedSummary, resolveAgency?: AgencyResolver): PageModel {
  const root = parsed.document?.contents;
  const textAt = (path: readonly PathSegment[]) => sourcedText(nodeAtPath(root, path));
  const published = textAt(['published']);
  const reviewTypeNode = nodeAtPath(root, ['reviewType']);
  const reviewType: ReviewType = isScalar(reviewTypeNode) && reviewTypeNode.value === 'DARDR' ? 'DARDR' : 'DHR';
  const urlText = textAt(['source', 'url']);
  return {
    title: textAt(['title']),
    csp: textAt(['csp']),
    published: published && { ...published, text: displayMonth(published.text) },
    yearOfDeath: textAt(['yearOfDeath']),
    reviewType,
    reviewTypeSpan: spanOf(reviewTypeNode),
    source: {
      url: urlText?.text,
      urlText,
      publisher: textAt(['source', 'publisher']) ?? { text: defaultPublisher },
      span: spanOf(nodeAtPath(root, ['source'])),
    },
    summary: textAt(['summary']),
    recommendations: recommendationsOf(nodeAtPath(root, ['recommendations']), resolveAgency),
    recommendationsSpan: spanOf(nodeAtPath(root, ['recommendations'])),
  };
}

function recommendationsOf(list: unknown, resolveAgency: AgencyResolver | undefined): RecommendationModel[] {
  if (!isSeq(list)) return [];
  const items = list.items.filter(isMap).map((item) => {
    const numberNode = isMap(item) ? findPair(item, 'number')?.value : undefined;
    const numberValue = isScalar(numberNode) ? numberNode.value : undefined;
    const number = typeof numberValue === 'number' && Number.isInteger(numberValue) ? numberValue : undefined;
    const partsNode = nodeAtPath(item, ['parts']);
    const parts: PartModel[] = isSeq(partsNode)
      ? partsNode.items.map((part) => ({
          label: sourcedText(nodeAtPath(part, ['label']))?.text.trim() ?? '',
          text: sourcedText(nodeAtPath(part, ['text'])),
          span: spanOf(part),
        }))
      : [];
    return {
      number,
      numberText: numberValue === undefined || numberValue === null ? '' : String(numberValue),
      text: sourcedText(nodeAtPath(item, ['text'])),
      parts,
      agencies: agenciesOf(nodeAtPath(item, ['addressedTo']), resolveAgency),
      span: spanOf(item),
    };
  });
  // A stable sort: numbered items by number, the rest after them as they stand in the file.
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => (a.item.number ?? Infinity) - (b.item.number ?? Infinity) || a.order - b.order)
    .map(({ item }) => item);
}

function agenciesOf(node: unknown, resolveAgency: AgencyResolver | undefined): AgencyEntry[] {
  const written = isSeq(node) ? node.items.map(sourcedText) : [sourcedText(node)];
  return written
    .filter((entry): entry is SourcedText => entry !== undefined && entry.text.trim() !== '')
    .map((entry) => ({ written: entry, display: resolveAgency?.(entry.text.trim()) ?? { name: entry.text.trim() } }));
}

/** A scalar's text and span; undefined for absent values, maps and lists (their own checks report them). */
function sourcedText(node: unknown): SourcedText | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const value = node.value;
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  if (text === undefined) return undefined;
  return { text, span: spanOf(node), literal: node.type === 'BLOCK_LITERAL', node };
}

function spanOf(node: unknown): Span | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}
