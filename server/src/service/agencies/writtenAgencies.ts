import { isMap, isScalar, isSeq, type Pair, type Scalar } from 'yaml';
import { findPair, type ParsedSummary } from '../parse/parseSummary';
import type { QuoteStyle } from '../edit/yamlScalarText';

/** Where an agency name is written, which decides how an edit of it must look. */
export type AgencyPlace = 'block-item' | 'flow-item' | 'single-value' | 'csp';

/** One agency name as written in the summary, with what an edit needs to know about it. */
export interface WrittenAgency {
  text: string;
  /** The scalar's source, quotes included. */
  start: number;
  end: number;
  place: AgencyPlace;
  quote: QuoteStyle;
  /** The pair that holds it (`addressedTo:` or `csp:`). */
  pair: Pair<unknown, unknown>;
  /** Index of its recommendation in file order (undefined for `csp`). */
  recommendation?: number;
}

function quoteOf(node: Scalar): QuoteStyle {
  return node.type === 'QUOTE_DOUBLE' ? 'double' : node.type === 'QUOTE_SINGLE' ? 'single' : 'plain';
}

function written(node: unknown, place: AgencyPlace, pair: Pair<unknown, unknown>, recommendation?: number): WrittenAgency | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  // Block scalars are prose, and a tagged value (`!include x`) is not a name as written.
  if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' || node.tag) return undefined;
  return { text: node.value, start: node.range[0], end: node.range[1], place, quote: quoteOf(node), pair, recommendation };
}

/** Every agency in the recommendations' `addressedTo` (list items, or a single text in its place). */
export function addressees(parsed: ParsedSummary): WrittenAgency[] {
  const root = parsed.document?.contents;
  const recommendations = isMap(root) ? findPair(root, 'recommendations')?.value : undefined;
  if (!isSeq(recommendations)) return [];
  const out: WrittenAgency[] = [];
  recommendations.items.forEach((recommendation, index) => {
    if (!isMap(recommendation)) return;
    const pair = findPair(recommendation, 'addressedTo');
    if (!pair) return;
    if (isSeq(pair.value)) {
      const place: AgencyPlace = pair.value.flow ? 'flow-item' : 'block-item';
      for (const item of pair.value.items) {
        const agency = written(item, place, pair, index);
        if (agency) out.push(agency);
      }
    } else {
      const agency = written(pair.value, 'single-value', pair, index);
      if (agency) out.push(agency);
    }
  });
  return out;
}

/** The `csp` value, when it is a text. */
export function writtenCsp(parsed: ParsedSummary): WrittenAgency | undefined {
  const root = parsed.document?.contents;
  const pair = isMap(root) ? findPair(root, 'csp') : undefined;
  return pair ? written(pair.value, 'csp', pair) : undefined;
}
