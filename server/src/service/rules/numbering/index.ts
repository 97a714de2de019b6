import type { Checker } from '../ruleTypes';
import { emptyTextChecker } from './emptyTextRule';
import { numberChecker } from './numberRules';
import { partLabelsChecker } from './partLabelRules';

/** The recommendation-list checks: numbers, part labels, empty texts. */
export const numberingCheckers: Checker[] = [numberChecker, partLabelsChecker, emptyTextChecker];
