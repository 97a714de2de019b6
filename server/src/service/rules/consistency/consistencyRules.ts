import { isMap, isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { findPair } from '../../parse/parseSummary';
import { schemaForPath } from '../../schema/schemaModel';
import type { Finding, Fix, Span } from '../../types';
import type { Checker } from '../ruleTypes';
import { titleMentionsCsp } from './cspName';

export const consistencyRuleIds = {
  deathAfterPublication: 'consistency/death-after-publication',
  futurePublication: 'consistency/future-publication',
  titleWithoutCsp: 'consistency/title-without-csp',
  shortSummary: 'consistency/short-summary',
} as const;

/** A summary of fewer words than this cannot be a sentence about a review's findings. */
export const minimumSummaryWords = 8;

/**
 * Fields that are each valid but disagree with one another or with the calendar. Each rule reads
 * only values the schema accepts (a malformed month is the schema's finding, not a second one here).
 */
export const consistencyChecker: Checker = {
  // Top-level fields only.
  scope: { kind: 'file', readsFields: [] },
  rules: [
    {
      id: consistencyRuleIds.deathAfterPublication,
      defaultSeverity: 'error',
      description: '`yearOfDeath` is after the year in `published`: a review is published after the death.',
    },
    {
      id: consistencyRuleIds.futurePublication,
      defaultSeverity: 'warning',
      description: '`published` is a month still to come (compared with the current month, UTC).',
    },
    {
      id: consistencyRuleIds.titleWithoutCsp,
      defaultSeverity: 'warning',
      description:
        'The `title` does not mention the CSP ("Uttlesford review" for csp Uttlesford; case, accents, "&"/"and" and words such as "Community Safety Partnership" are ignored). Fix: retitle it `<CSP> review`.',
    },
    {
      id: consistencyRuleIds.shortSummary,
      defaultSeverity: 'warning',
      description: `The \`summary\` is shorter than one sentence: fewer than ${minimumSummaryWords} words, or no full stop, question or exclamation mark.`,
    },
  ],
  check({ parsed, settings }) {
    const root = parsed.document?.contents;
    if (!isMap(root)) return [];
    const field = (key: string): ScalarField | undefined => scalarField(findPair(root, key)?.value, parsed.text);
    const published = publishedMonth(field('published'));
    const yearOfDeath = field('yearOfDeath');
    const findings: Finding[] = [];

    // Only a year the schema accepts: a year out of its range is already one finding.
    const deathYear = yearInSchemaRange(yearOfDeath?.value);
    if (published && yearOfDeath && deathYear !== undefined && deathYear > published.year) {
      findings.push({
        rule: consistencyRuleIds.deathAfterPublication,
        ...yearOfDeath.span,
        message: `The year of death (${yearOfDeath.value}) is after the summary was published (${published.text}); one of them is wrong`,
        related: [{ ...published.span, message: 'Published here' }],
      });
    }

    const now = settings.now ?? new Date();
    const currentMonth = now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
    if (published && published.year * 12 + published.month > currentMonth) {
      const current = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
      findings.push({
        rule: consistencyRuleIds.futurePublication,
        ...published.span,
        message: `The publication month ${published.text} is in the future (it is now ${current})`,
      });
    }

    const title = field('title');
    const csp = field('csp');
    if (
      title &&
      csp &&
      typeof title.value === 'string' &&
      typeof csp.value === 'string' &&
      title.value.trim() &&
      csp.value.trim() &&
      !titleMentionsCsp(title.value, csp.value)
    ) {
      findings.push({
        rule: consistencyRuleIds.titleWithoutCsp,
        ...title.span,
        message: `The title does not mention the CSP "${csp.value.trim()}"; library titles read "${csp.value.trim()} review"`,
        related: [{ ...csp.span, message: 'The CSP is named here' }],
        fixes: titleFix(title, `${csp.value.trim()} review`),
      });
    }

    const summary = field('summary');
    if (summary && typeof summary.value === 'string' && summary.value.trim()) {
      const problem = shortSummaryProblem(summary.value);
      if (problem) findings.push({ rule: consistencyRuleIds.shortSummary, ...summary.span, message: problem });
    }
    return findings;
  },
};

const yearSchema = schemaForPath(['yearOfDeath']);

function yearInSchemaRange(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
  const minimum = typeof yearSchema?.minimum === 'number' ? yearSchema.minimum : -Infinity;
  const maximum = typeof yearSchema?.maximum === 'number' ? yearSchema.maximum : Infinity;
  return value >= minimum && value <= maximum ? value : undefined;
}

interface ScalarField {
  value: unknown;
  span: Span;
  /** How the scalar is written (PLAIN, QUOTE_DOUBLE, ...). */
  style: string | undefined;
}

/**
 * "Use "Uttlesford review" as the title": the title rewritten in its own quoting style, or in
 * double quotes when the new text could not stand as a plain YAML scalar. Not offered for a
 * block scalar title (a title is one line; that one needs a person's eye).
 */
function titleFix(title: ScalarField, newTitle: string): Fix[] | undefined {
  let written: string;
  if (title.style === 'QUOTE_SINGLE') written = `'${newTitle.replace(/'/g, "''")}'`;
  else if (title.style === 'QUOTE_DOUBLE' || (title.style === 'PLAIN' && !safeAsPlain(newTitle))) written = JSON.stringify(newTitle);
  else if (title.style === 'PLAIN') written = newTitle;
  else return undefined;
  return [{ title: `Use "${newTitle}" as the title`, edits: [{ ...title.span, newText: written }] }];
}

/** Text that YAML reads back unchanged as a plain scalar in a block mapping value. */
function safeAsPlain(text: string): boolean {
  return (
    /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) &&
    !/: |\s#|:$|[\n\r\t]|\s$/.test(text) &&
    !/^(true|false|null|~|yes|no|on|off|[-+]?[0-9.][0-9._:eE+-]*)$/i.test(text)
  );
}

/** A scalar's value and its span, without the line breaks a block scalar's range takes in. */
function scalarField(node: unknown, text: string): ScalarField | undefined {
  if (!isScalar(node)) return undefined;
  const range = (node as YamlNode).range;
  if (!range) return undefined;
  return {
    value: node.value,
    span: { start: range[0], end: range[0] + text.slice(range[0], range[1]).trimEnd().length },
    style: node.type,
  };
}

function publishedMonth(field: ScalarField | undefined): { year: number; month: number; text: string; span: Span } | undefined {
  if (!field || typeof field.value !== 'string') return undefined;
  const match = /^([0-9]{4})-(0[1-9]|1[0-2])$/.exec(field.value);
  return match ? { year: Number(match[1]), month: Number(match[2]), text: field.value, span: field.span } : undefined;
}

/**
 * "Shorter than one sentence": fewer than `minimumSummaryWords` words, or no sentence end at all
 * (a full stop, question or exclamation mark, possibly followed by a closing quote or bracket,
 * at the end of a word). The message says which.
 */
export function shortSummaryProblem(summary: string): string | undefined {
  const words = summary
    .trim()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length < minimumSummaryWords) {
    return `The summary has ${words.length} word${words.length === 1 ? '' : 's'}; it should say in at least one full sentence (${minimumSummaryWords} words or more) what the review found`;
  }
  if (!/[\p{L}\p{N})\]"'’”][.!?]["'’”)\]]*(\s|$)/u.test(summary)) {
    return 'The summary is not a complete sentence: it has no full stop, question or exclamation mark';
  }
  return undefined;
}
