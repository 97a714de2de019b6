import { matchesRule, parseSuppressionDirective } from '../check/suppression';
import type { SourceComment } from '../parse/comments';
import type { ListChecker, RuleContext } from '../rules/ruleTypes';
import type { Finding } from '../types';

/**
 * What the list checkers know of every recommendation (ListChecker.itemFacts): `facts[c][i]` is
 * checker c's facts of item i, with offsets counted from the start of the item's lines, so that
 * the facts of the items an edit did not touch stand as they are, wherever the edit moves them.
 */
export type ListFacts = unknown[][];

/** The list checkers' facts of the items of a parse whose lines start at `starts`; undefined if they do not line up. */
export function readListFacts(checkers: readonly ListChecker[], context: RuleContext, starts: readonly number[]): ListFacts | undefined {
  const out: ListFacts = [];
  for (const checker of checkers) {
    const facts = checker.itemFacts(context);
    if (!facts || facts.length !== starts.length) return undefined;
    out.push(facts.map((item, i) => checker.moveFacts(item, (offset) => offset - starts[i])));
  }
  return out;
}

/** The list checkers' findings from every item's facts, the items' lines starting at `starts` in the text. */
export function judgeList(checkers: readonly ListChecker[], facts: ListFacts, starts: readonly number[]): Finding[] {
  return checkers.flatMap((checker, c) => checker.judge(facts[c], starts));
}

/** The facts with items `first` to `last` replaced by `replacement`'s (each checker's list in turn). */
export function spliceListFacts(facts: ListFacts, first: number, last: number, replacement: ListFacts): ListFacts {
  return facts.map((items, c) => [...items.slice(0, first), ...replacement[c], ...items.slice(last + 1)]);
}

/**
 * Whether the edited items' facts say the same before and after the edit, places apart as the edit
 * moved them: then the list's findings stand, moved with the text. `before` places an old offset
 * (of the old text) in the new text, undefined inside the changed region.
 */
export function sameListFacts(
  checkers: readonly ListChecker[],
  old: { facts: ListFacts; starts: readonly number[]; first: number; last: number },
  replacement: { facts: ListFacts; starts: readonly number[] },
  before: (offset: number) => number | undefined,
): boolean {
  const count = old.last - old.first + 1;
  if (replacement.starts.length !== count) return false;
  return checkers.every((checker, c) => {
    for (let i = 0; i < count; i++) {
      const was = checker.moveFacts(old.facts[c][old.first + i], (offset) => before(old.starts[old.first + i] + offset) ?? -1);
      const now = checker.moveFacts(replacement.facts[c][i], (offset) => replacement.starts[i] + offset);
      if (JSON.stringify(was) !== JSON.stringify(now)) return false;
    }
    return true;
  });
}

/**
 * Whether a suppression comment names a list checker's rule: then the list's findings cannot be
 * judged again without the file's comments, and an edit that changes them checks the whole file.
 */
export function suppressesListRule(comments: readonly SourceComment[], checkers: readonly ListChecker[]): boolean {
  const rules = checkers.flatMap((checker) => checker.rules.map((rule) => rule.id));
  return comments.some((comment) => {
    const directive = parseSuppressionDirective(comment.text);
    return directive?.patterns.some((pattern) => rules.some((rule) => matchesRule(pattern, rule))) ?? false;
  });
}
