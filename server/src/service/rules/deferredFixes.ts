import type { ParsedSummary } from '../parse/parseSummary';
import type { DeferredFixKind, Finding, Fix } from '../types';
import { renumberFix, sortFix } from './numbering/numberingFixes';
import { readRecommendations } from './numbering/recommendationList';

/**
 * The whole-list fixes that findings name instead of carrying (Finding.deferredFixes). They are
 * worked out here from a parse of the text the code action is asked on: a list-wide edit of a
 * large file costs a whole-file parse, paid when someone opens the lightbulb, not on every keystroke.
 */
const resolvers: Record<DeferredFixKind, (parsed: ParsedSummary) => Fix | undefined> = {
  renumber(parsed) {
    const list = readRecommendations(parsed);
    return list && renumberFix(parsed, list);
  },
  sort(parsed) {
    const list = readRecommendations(parsed);
    return list && sortFix(parsed, list);
  },
};

// Every numbering finding of a version offers the same fixes: each is worked out once per parse.
const resolved = new WeakMap<ParsedSummary, Map<DeferredFixKind, Fix | undefined>>();

function resolve(kind: DeferredFixKind, parsed: ParsedSummary): Fix | undefined {
  let known = resolved.get(parsed);
  if (!known) resolved.set(parsed, (known = new Map()));
  if (!known.has(kind)) known.set(kind, resolvers[kind](parsed));
  return known.get(kind);
}

/** A finding's fixes: its own, then its deferred ones worked out on `parsed` (those that apply). */
export function fixesOf(finding: Finding, parsed: ParsedSummary): Fix[] {
  const fixes = [...(finding.fixes ?? [])];
  for (const deferred of finding.deferredFixes ?? []) {
    const fix = resolve(deferred.kind, parsed);
    if (fix) fixes.push(deferred.preferred ? { ...fix, preferred: true } : fix);
  }
  return fixes;
}
