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
 * - `recommendation`: a finding inside a recommendation depends only on that recommendation and
 *   the `redaction` block (and the workspace data), so checking that recommendation alone after
 *   the redaction block gives exactly the findings the whole file gives there; and its findings
 *   outside the recommendations do not depend on what the recommendations say.
 * - `file`: findings may depend on the whole file, but on a recommendation only through the
 *   values of `readsFields` and through the text under the finding's own spans (where it is, its
 *   related places, its fixes' edits). While an edit changes neither, they stand, moved with the
 *   text.
 */
export type CheckerScope = { kind: 'recommendation' } | { kind: 'file'; readsFields: readonly string[] };
