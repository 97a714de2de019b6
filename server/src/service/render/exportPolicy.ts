// When a page may be exported for publishing. A redaction error always blocks (a name must never
// reach a published page); other errors block unless the user forces the export, knowingly.
import type { CheckedFinding } from '../check/runChecks';

export interface ExportDecision {
  allowed: boolean;
  /** The errors that block (or would have blocked, when forced). */
  blocking: CheckedFinding[];
  /** True when a redaction error blocks: --force cannot override it. */
  redaction: boolean;
  /** Why, in one sentence, for the CLI and the editor alike. */
  reason?: string;
}

export const redactionRulePrefix = 'redaction/';

export function exportDecision(findings: readonly CheckedFinding[], force: boolean): ExportDecision {
  const errors = findings.filter((f) => f.severity === 'error');
  const redactionErrors = errors.filter((f) => f.rule.startsWith(redactionRulePrefix));
  if (redactionErrors.length > 0) {
    return {
      allowed: false,
      blocking: redactionErrors,
      redaction: true,
      reason: `the summary has ${redactionErrors.length} redaction error(s): a name or identifier that must not be published would be on the page. Fix them first; --force never overrides a redaction error.`,
    };
  }
  if (errors.length > 0 && !force) {
    return {
      allowed: false,
      blocking: errors,
      redaction: false,
      reason: `the summary has ${errors.length} error(s), so the page may be wrong. Fix them, or export anyway with --force.`,
    };
  }
  return { allowed: true, blocking: errors, redaction: false };
}
