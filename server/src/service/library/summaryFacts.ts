import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { findPair, type ParsedSummary } from '../parse/parseSummary';
import type { Span } from '../types';

/** A value read from one summary, with where it is written (a span, or a place in a library). */
export interface Located<Where> {
  value: string;
  at: Where;
}

/**
 * The little a library-wide check needs of one summary: what identifies the review, and the
 * agencies it addresses. Extracted once per file (in a worker, for the CLI) so the cross-file
 * checks never hold whole documents.
 */
export interface SummaryFacts<Where = Span> {
  csp?: Located<Where>;
  published?: Located<Where>;
  sourceUrl?: Located<Where>;
  /** Every `addressedTo` entry that is a text, in file order. */
  agencies: Array<Located<Where>>;
}

export function extractSummaryFacts(parsed: ParsedSummary): SummaryFacts {
  const root = parsed.document?.contents;
  const facts: SummaryFacts = { agencies: [] };
  if (!isMap(root)) return facts;
  facts.csp = textAt(root, 'csp');
  facts.published = textAt(root, 'published');
  const source = findPair(root, 'source')?.value;
  if (isMap(source)) facts.sourceUrl = textAt(source, 'url');
  const recommendations = findPair(root, 'recommendations')?.value;
  if (!isSeq(recommendations)) return facts;
  for (const recommendation of recommendations.items) {
    if (!isMap(recommendation)) continue;
    const addressedTo = findPair(recommendation, 'addressedTo')?.value;
    const entries = isSeq(addressedTo) ? addressedTo.items : [addressedTo];
    for (const entry of entries) {
      const located = locatedText(entry);
      if (located) facts.agencies.push(located);
    }
  }
  return facts;
}

/** Maps every location in the facts (spans to library places, for example). */
export function relocateFacts<From, To>(facts: SummaryFacts<From>, move: (at: From) => To): SummaryFacts<To> {
  const moved = (item: Located<From> | undefined): Located<To> | undefined => (item ? { value: item.value, at: move(item.at) } : undefined);
  return {
    csp: moved(facts.csp),
    published: moved(facts.published),
    sourceUrl: moved(facts.sourceUrl),
    agencies: facts.agencies.map((agency) => ({ value: agency.value, at: move(agency.at) })),
  };
}

function textAt(map: Parameters<typeof findPair>[0], key: string): Located<Span> | undefined {
  return locatedText(findPair(map, key)?.value);
}

function locatedText(node: unknown): Located<Span> | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  const range = (node as YamlNode).range;
  if (!range || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  const text = String(value).trim();
  return text ? { value: text, at: { start: range[0], end: range[1] } } : undefined;
}
