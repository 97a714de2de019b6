import type { Checker, RuleContext, RuleMeta } from '../rules/ruleTypes';
import type { ServiceSettings } from '../settings';
import type { Finding, Severity } from '../types';
import { matchesRule, readSuppressions } from './suppression';

export interface CheckedFinding extends Finding {
  severity: Severity;
}

/** The rules of the checking itself rather than of any checker. */
export const checkRuleIds = {
  internalError: 'internal/error',
  tooManyDiagnostics: 'limits/too-many-diagnostics',
  fileTooLarge: 'limits/file-too-large',
} as const;

export const internalErrorRule: RuleMeta = {
  id: checkRuleIds.internalError,
  defaultSeverity: 'error',
  description: 'A check failed on this file (a bug in the extension); the other checks still ran. Please report it with the file.',
};

export const limitRule: RuleMeta = {
  id: checkRuleIds.tooManyDiagnostics,
  defaultSeverity: 'information',
  description: 'The file has more problems than `reviewSummaries.maxDiagnostics`; the rest are not shown.',
};

export const fileTooLargeRule: RuleMeta = {
  id: checkRuleIds.fileTooLarge,
  defaultSeverity: 'information',
  description: 'The file is larger than `reviewSummaries.maxFileSize`; only the YAML checks ran (the diagnostic says so).',
};

/** Checkers that still run on a file over the size limit: the YAML ones (cheap, and they say why a file is broken). */
function isYamlOnly(checker: Checker): boolean {
  return checker.rules.length > 0 && checker.rules.every((rule) => rule.id.startsWith('yaml/'));
}

/**
 * Runs every checker, then applies what the user configured: per-rule severities ("off" drops a
 * rule), suppression comments, and the cap on diagnostics per file. A checker that throws is
 * reported as one diagnostic instead of taking the others down with it.
 */
export function runChecks(checkers: readonly Checker[], context: RuleContext): CheckedFinding[] {
  const severities = defaultSeverities(checkers);
  const raw: Finding[] = [];
  const length = context.parsed.text.length;
  const tooLarge = length > context.settings.maxFileSize;
  if (tooLarge) {
    const firstLineEnd = context.parsed.text.search(/\r?\n|$/);
    raw.push({
      rule: fileTooLargeRule.id,
      start: 0,
      end: Math.min(firstLineEnd, 200),
      message: `This file has ${length.toLocaleString('en-GB')} characters, more than reviewSummaries.maxFileSize (${context.settings.maxFileSize.toLocaleString('en-GB')}): only the YAML checks ran${context.parsed.parsedUpTo !== undefined ? `, on the first ${context.parsed.parsedUpTo.toLocaleString('en-GB')} characters` : ''}. Raise the setting to check it fully.`,
    });
  }
  for (const checker of checkers) {
    if (tooLarge && !isYamlOnly(checker)) continue;
    const enabled = checker.rules.some((rule) => context.settings.rules[rule.id] !== 'off');
    if (!enabled) continue;
    try {
      raw.push(...checker.check(context));
    } catch (error) {
      raw.push({
        rule: internalErrorRule.id,
        start: 0,
        end: 0,
        message: `The ${checker.rules[0]?.id ?? 'unknown'} check failed: ${String((error as Error)?.message ?? error)}`,
      });
    }
  }
  const { parsed } = context;
  const suppressions = readSuppressions(parsed.comments, parsed.lineCounter, parsed.text);
  const checked: CheckedFinding[] = [];
  for (const finding of raw) {
    const configured = context.settings.rules[finding.rule];
    if (configured === 'off') continue;
    const line = parsed.lineCounter.linePos(finding.start).line;
    const suppressedBy = suppressions.byLine.get(line)?.find((s) => s.patterns.some((p) => matchesRule(p, finding.rule)));
    if (suppressedBy) {
      suppressedBy.used = true;
      continue;
    }
    const severity = configured ?? finding.severity ?? severities.get(finding.rule) ?? 'error';
    checked.push({ ...clampSpan(finding, parsed.text.length), severity });
  }
  checked.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  const max = context.settings.maxDiagnostics;
  if (checked.length > max) {
    const left = checked.length - max;
    const kept = keepMostSevere(checked, max);
    kept.push({
      rule: limitRule.id,
      severity: 'information',
      start: 0,
      end: 0,
      message: `${left} more problem(s) in this file are not shown (reviewSummaries.maxDiagnostics is ${max}).`,
    });
    return kept;
  }
  return checked;
}

/** Each rule's default severity, the checkers' and the service's own. */
function defaultSeverities(checkers: readonly Checker[]): Map<string, Severity> {
  const severities = new Map<string, Severity>();
  for (const checker of checkers) for (const rule of checker.rules) severities.set(rule.id, rule.defaultSeverity);
  for (const rule of [internalErrorRule, limitRule, fileTooLargeRule]) severities.set(rule.id, rule.defaultSeverity);
  return severities;
}

/**
 * Findings computed outside runChecks (judged again from kept facts, see incremental/listFacts.ts)
 * with the severities runChecks would give them; rules set to "off" dropped. Suppression comments
 * are not read here: the caller makes sure none names these rules.
 */
export function withSeverities(findings: readonly Finding[], checkers: readonly Checker[], settings: ServiceSettings): CheckedFinding[] {
  const severities = defaultSeverities(checkers);
  return findings.flatMap((finding) => {
    const configured = settings.rules[finding.rule];
    if (configured === 'off') return [];
    return [{ ...finding, severity: configured ?? finding.severity ?? severities.get(finding.rule) ?? 'error' }];
  });
}

function keepMostSevere(findings: CheckedFinding[], max: number): CheckedFinding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
  return [...findings]
    .sort((a, b) => rank[a.severity] - rank[b.severity] || a.start - b.start)
    .slice(0, max)
    .sort((a, b) => a.start - b.start);
}

/** Keeps every span inside the document, whatever a rule computed. */
function clampSpan<T extends Finding>(finding: T, length: number): T {
  const start = Math.min(Math.max(0, finding.start), length);
  const end = Math.min(Math.max(start, finding.end), length);
  return start === finding.start && end === finding.end ? finding : { ...finding, start, end };
}
