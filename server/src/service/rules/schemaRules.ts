import type { Node as YamlNode } from 'yaml';
import { schemaRuleIds, validateAgainstSchema } from '../schema/schemaValidation';
import type { Checker } from './ruleTypes';

export const schemaChecker: Checker = {
  // The schema judges each recommendation on its own; across the list it counts them only.
  scope: { kind: 'recommendation' },
  rules: [
    {
      id: schemaRuleIds.missingField,
      defaultSeverity: 'error',
      description: 'A required field is missing (underlined on the key of the mapping that lacks it).',
    },
    {
      id: schemaRuleIds.unknownField,
      defaultSeverity: 'error',
      description: 'A field the format does not have, with "did you mean" for a near miss (`numbr` → `number`) and a fix.',
    },
    {
      id: schemaRuleIds.wrongType,
      defaultSeverity: 'error',
      description: 'A value of the wrong kind: a text where a year belongs, a single value where a list belongs.',
    },
    {
      id: schemaRuleIds.invalidValue,
      defaultSeverity: 'error',
      description:
        'A value of the right kind that the format does not accept (a month not written YYYY-MM, an http link, an unknown review type).',
    },
  ],
  check({ parsed, firstRecommendationIndex }) {
    // A file that is not a single YAML document gets the YAML findings only.
    if (!parsed.document || parsed.document.contents == null || parsed.errors.length > 0) return [];
    return validateAgainstSchema(parsed.document.contents as YamlNode, parsed.value, parsed.text, firstRecommendationIndex);
  },
};
