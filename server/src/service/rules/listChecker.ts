import type { ParsedSummary } from '../parse/parseSummary';
import type { WorkspaceData } from '../workspace';
import type { ListChecker, RuleContext } from './ruleTypes';

/**
 * A ListChecker from its parts: `check` judges the facts of every item, and the facts of one parse
 * are read once (the whole-file check reads them to judge, and again to keep them for the next edit).
 */
export function defineListChecker<Facts>(definition: Omit<ListChecker<Facts>, 'check'>): ListChecker<Facts> {
  const read = new WeakMap<ParsedSummary, { workspace: WorkspaceData; facts: Facts[] | undefined }>();
  const itemFacts = (context: RuleContext): Facts[] | undefined => {
    const known = read.get(context.parsed);
    if (known && known.workspace === context.workspace) return known.facts;
    const facts = definition.itemFacts(context);
    read.set(context.parsed, { workspace: context.workspace, facts });
    return facts;
  };
  return { ...definition, itemFacts, check: (context) => definition.judge(itemFacts(context) ?? []) };
}
