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
}

/**
 * A unit of checking that reports findings for one or more rules (a schema validation pass, for
 * example, yields several rule ids). Every finding's `rule` must be one of `rules`.
 */
export interface Checker {
  rules: RuleMeta[];
  check(context: RuleContext): Finding[];
  /**
   * Set when a finding of this checker can change because of the prose (`text`) of a
   * recommendation other than the one it sits in, in a way its own related places and fixes do
   * not show (say, "this recommendation repeats number 4's text"). The service then re-checks the
   * whole file after every edit of prose, instead of only the edited recommendation (see
   * incremental/proseEdit.ts). No current checker needs it.
   */
  readsProseAcrossRecommendations?: boolean;
}
