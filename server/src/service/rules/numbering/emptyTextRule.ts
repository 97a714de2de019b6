import { isScalar } from 'yaml';
import type { Checker } from '../ruleTypes';
import { keyNode, readRecommendations, valueNode } from './recommendationList';

export const emptyTextRuleId = 'recommendation/empty-text';

/**
 * A recommendation whose `text` is there but says nothing. A `text:` with no value at all is not
 * a text, and the schema already says so (schema/wrong-type); this rule takes the texts the
 * schema accepts: "", "   ", an empty block scalar.
 */
export const emptyTextChecker: Checker = {
  rules: [{ id: emptyTextRuleId, defaultSeverity: 'error', description: 'A recommendation whose text is empty or only white space.' }],
  check({ parsed }) {
    const list = readRecommendations(parsed);
    if (!list) return [];
    return list.entries.flatMap((entry) => {
      const value = valueNode(entry.textPair);
      if (!value || !isScalar(value) || typeof value.value !== 'string' || value.value.trim() !== '') return [];
      const node = value.range![1] > value.range![0] ? value : keyNode(entry.textPair)!;
      const which = entry.number !== undefined ? `Recommendation ${entry.number}` : 'This recommendation';
      return [{ rule: emptyTextRuleId, start: node.range![0], end: node.range![1], message: `${which} has an empty text; write the recommendation as the report words it` }];
    });
  },
};
