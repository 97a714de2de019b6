import type { ParsedSummary } from '../parse/parseSummary';
import type { ServiceSettings } from '../settings';
import type { Finding, Severity } from '../types';
import type { WorkspaceData } from '../workspace';

/** What the README's checks table and the severity settings know about a rule. */
export interface RuleMeta {
  /** Stable id, `area/name`; used in settings, suppression comments and the CLI's output. */
  id: string;
  defaultSeverity: Severity;
  /** One line for the README and hovers: what the rule catches. */
  description: string;
}

/** Everything a rule may read. Rules never touch files, the network or the protocol. */
export interface RuleContext {
  parsed: ParsedSummary;
  settings: ServiceSettings;
  workspace: WorkspaceData;
  /**
   * Set when the text is a window holding one recommendation of a larger file (see
   * incremental/recommendationEdit.ts): that recommendation's index in the file, from which a
   * rule that names recommendations by position ("the 2nd recommendation") counts.
   */
  firstRecommendationIndex?: number;
}

/**
 * A unit of checking that reports findings for one or more rules (a schema validation pass, for
 * example, yields several rule ids). Every finding's `rule` must be one of `rules`.
 */
export interface Checker {
  rules: RuleMeta[];
  check(context: RuleContext): Finding[];
  /**
   * What the checker's findings depend on, so that an edit inside one recommendation can be
   * checked without the rest of the file (see incremental/recommendationEdit.ts). Undeclared: the
   * checker may read anything, and every edit re-checks the whole file.
   */
  scope?: CheckerScope;
}

/**
 * A checker that judges the recommendations list as a whole (numbers 1..N, one agency written two
 * ways) from facts each list item yields on its own. An edit then re-reads the facts of the items
 * it touched (from a window of just them) and judges the list again from every item's facts, with
 * no whole-file parse (see incremental/listFacts.ts). Its `check` is `judge(itemFacts(...))`.
 */
export interface ListChecker<Facts = unknown> extends Checker {
  scope: { kind: 'list' };
  /**
   * One entry per item of `recommendations`, in file order, offsets in the checked text;
   * undefined when there is no list to judge. Facts are plain data, and may hold ready findings of
   * the item alone.
   */
  itemFacts(context: RuleContext): Facts[] | undefined;
  /**
   * The findings from every item's facts, in file order. With `origins`, item i's offsets count
   * from origins[i] (facts kept between versions are relative to their item, so that an edit
   * elsewhere leaves them as they are; only the places a finding reports need adding up).
   */
  judge(facts: readonly Facts[], origins?: readonly number[]): Finding[];
  /** The facts with every offset moved by `move`. */
  moveFacts(facts: Facts, move: (offset: number) => number): Facts;
}

export function isListChecker(checker: Checker): checker is ListChecker {
  return checker.scope?.kind === 'list';
}

/**
 * - `recommendation`: a finding inside a recommendation depends only on that recommendation and
 *   the `redaction` block (and the workspace data), so checking that recommendation alone after
 *   the redaction block gives exactly the findings the whole file gives there; and its findings
 *   outside the recommendations do not depend on what the recommendations say.
 * - `file`: findings may depend on the whole file, but on a recommendation only through the
 *   values of `readsFields` and through the text under the finding's own spans (where it is, its
 *   related places, its fixes' edits). While an edit changes neither, they stand, moved with the
 *   text.
 * - `list`: a ListChecker's findings, judged again from its items' facts after every edit.
 */
export type CheckerScope = { kind: 'recommendation' } | { kind: 'file'; readsFields: readonly string[] } | { kind: 'list' };
