import { isScalar } from 'yaml';
import { lineBreakOf } from '../../edit/lines';
import { replaceScalarValue, setPlainValue } from '../../edit/scalarEdits';
import type { ParsedSummary } from '../../parse/parseSummary';
import type { Finding, Fix, OffsetEdit } from '../../types';
import type { Checker } from '../ruleTypes';
import { readRecommendations, valueNode, type RecommendationEntry } from './recommendationList';

export const partLabelsRuleId = 'numbering/part-labels';
export const relabelTitle = 'Relabel parts a, b, c...';

const alphabet = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Part labels are a, b, c, ... by position within their recommendation. A label that is not a
 * single lower-case letter at all ("B", "(b)") is the schema's finding, so it is not repeated
 * here.
 */
export const partLabelsChecker: Checker = {
  scope: { kind: 'recommendation' },
  rules: [
    {
      id: partLabelsRuleId,
      defaultSeverity: 'warning',
      description: 'Part labels are not a, b, c, ... in order within their recommendation (a, c, d; b, a). Fix: relabel the parts.',
    },
  ],
  check({ parsed }) {
    const list = readRecommendations(parsed);
    if (!list) return [];
    return list.entries.flatMap((entry) => checkParts(parsed, entry));
  },
};

function checkParts(parsed: ParsedSummary, entry: RecommendationEntry): Finding[] {
  // While some part has no usable label (the schema's finding), the order is not judged: the
  // labels that follow it are more likely right than wrong.
  const partCount = entry.partsSeq?.items.length ?? 0;
  if (entry.parts.length !== partCount || entry.parts.some((part) => part.label === undefined)) return [];
  const findings: Finding[] = [];
  let fix: Fix[] | undefined;
  const relabel = (): Fix[] => (fix ??= relabelFix(parsed, entry));
  for (const part of entry.parts) {
    const node = valueNode(part.labelPair);
    if (!node?.range) continue;
    const expected = alphabet[part.index];
    const where = entry.number !== undefined ? ` of recommendation ${entry.number}` : '';
    if (expected === undefined) {
      findings.push({
        rule: partLabelsRuleId,
        start: node.range[0],
        end: node.range[1],
        message: `A recommendation has at most 26 parts, a to z; this is part ${part.index + 1}${where}`,
      });
      continue;
    }
    if (part.label === expected) continue;
    const previous = entry.parts.find((other) => other.index === part.index - 1);
    const previousNode = valueNode(previous?.labelPair);
    findings.push({
      rule: partLabelsRuleId,
      start: node.range[0],
      end: node.range[1],
      message: `Part (${part.label}) should be (${expected})${where}: parts are lettered a, b, c, ... in order`,
      related:
        previousNode?.range && previous?.label
          ? [{ start: previousNode.range[0], end: previousNode.range[1], message: `The part before is (${previous.label})` }]
          : undefined,
      fixes: relabel(),
    });
  }
  return findings;
}

/** Gives every part of one recommendation the letter of its position, keeping any quotes. */
export function relabelFix(parsed: ParsedSummary, entry: RecommendationEntry): Fix[] {
  const lineBreak = lineBreakOf(parsed.text);
  const edits: OffsetEdit[] = [];
  for (const part of entry.parts) {
    const expected = alphabet[part.index];
    if (expected === undefined || part.label === expected) continue;
    const node = valueNode(part.labelPair);
    const edit =
      (node && isScalar(node) && typeof node.value === 'string' && node.value.length > 0
        ? replaceScalarValue(node, expected)
        : undefined) ?? setPlainValue(parsed.text, part.map, part.labelPair, 'label', expected, lineBreak);
    if (edit) edits.push(edit);
  }
  return edits.length ? [{ title: relabelTitle, preferred: true, edits }] : [];
}
