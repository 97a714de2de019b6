import { isMap, isPair, isScalar, visit } from 'yaml';
import type { ParsedSummary } from '../parse/parseSummary';
import { keyText } from '../parse/parseSummary';
import { traceScalar, type ScalarSource } from './scalarSource';

/** One piece of published text: a string scalar outside the `redaction` block. */
export interface TextUnit {
  node: unknown;
  source: ScalarSource;
}

/**
 * Top-level fields whose whole value has a format the schema checks (a month, a year, a review
 * type): a full date there is the schema's finding, not a second one from this check.
 */
const formattedFields = new Set(['published', 'yearOfDeath', 'reviewType']);

/**
 * Every string value that counts for the redaction policy: title, csp, summary, recommendation
 * texts, parts, addressees and any other field. Keys, the `redaction` block and the formatted
 * fields above do not count.
 */
export function collectTextUnits(parsed: ParsedSummary): TextUnit[] {
  const units: TextUnit[] = [];
  const document = parsed.document;
  if (!document) return units;
  const root = document.contents;
  visit(document, {
    Pair(_key, pair, path) {
      const parent = path[path.length - 1];
      if (parent !== root || !isMap(root) || !isPair(pair)) return undefined;
      const key = keyText(pair);
      if (key === 'redaction' || (key !== undefined && formattedFields.has(key))) return visit.SKIP;
      return undefined;
    },
    Scalar(key, node) {
      if (key === 'key') return;
      if (!isScalar(node) || typeof node.value !== 'string') return;
      const source = traceScalar(parsed.text, node);
      if (source) units.push({ node, source });
    },
  });
  return units;
}

/** The `redaction` pair of the document's top-level mapping, if any. */
export function redactionPair(parsed: ParsedSummary) {
  const root = parsed.document?.contents;
  if (!isMap(root)) return undefined;
  return root.items.find((pair) => isPair(pair) && keyText(pair) === 'redaction');
}
