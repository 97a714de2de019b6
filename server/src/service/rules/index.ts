import { fileTooLargeRule, internalErrorRule, limitRule } from '../check/runChecks';
import { agencyChecker, agencySpellingChecker } from './agencyRules';
import { consistencyChecker } from './consistency/consistencyRules';
import { numberingCheckers } from './numbering/index';
import { redactionChecker } from '../redaction/redactionChecker';
import type { Checker, RuleMeta } from './ruleTypes';
import { schemaChecker } from './schemaRules';
import { yamlChecker } from './yamlRules';

/**
 * Every checker the service runs, in order. A new rule is a new checker module plus one line here;
 * the README's checks table is generated from this list (npm run docs).
 */
export const checkers: Checker[] = [
  yamlChecker,
  schemaChecker,
  ...numberingCheckers,
  consistencyChecker,
  agencyChecker,
  agencySpellingChecker,
  redactionChecker,
];

/** All rule ids with their defaults, including the service's own. */
export function allRules(list: readonly Checker[] = checkers): RuleMeta[] {
  return [...list.flatMap((checker) => checker.rules), internalErrorRule, limitRule, fileTooLargeRule];
}
