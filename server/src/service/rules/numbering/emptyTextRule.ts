import { isScalar } from 'yaml';
import type { Checker } from '../ruleTypes';
import { keyNode, readRecommendations, valueNode } from './recommendationList';

export const emptyTextRuleId = 'recommendation/empty-text';

/**
 * A recommendation whose `text` is there but says nothing: "", "   ", an empty block scalar. The
 * schema hands its minLength and pattern on recommendation texts to this rule (`x-reportedBy`);
 * a `text:` with no value at all is not a text, and stays the schema's (schema/wrong-type).
 */
export const emptyTextChecker: Checker = {
  scope: { kind: 'recommendation' },
  rules: [{ id: emptyTextRuleId, defaultSeverity: 'error', description: 'A recommendation whose text is empty or only white space.' }],
  check({ parsed }) {
    const list = readRecommendations(parsed);
    if (!list) return [];
    const parsedText = parsed.text;
    return list.entries.flatMap((entry) => {
      const value = valueNode(entry.textPair);
      if (!value || !isScalar(value) || typeof value.value !== 'string' || value.value.trim() !== '') return [];
      // The written value without the line breaks an empty block scalar takes in (`>-` alone).
      const start = value.range![0];
      const end = start + parsedText.slice(start, value.range![1]).trimEnd().length;
      const span = end > start ? { start, end } : { start: keyNode(entry.textPair)!.range![0], end: keyNode(entry.textPair)!.range![1] };
      const which = entry.number !== undefined ? `Recommendation ${entry.number}` : 'This recommendation';
      return [{ rule: emptyTextRuleId, ...span, message: `${which} has an empty text; write the recommendation as the report words it` }];
    });
  },
};
