import { isMap, isScalar, isSeq } from 'yaml';
import { findPair } from '../parse/parseSummary';
import type { Checker, RuleContext, RuleMeta } from '../rules/ruleTypes';
import type { Finding, Fix } from '../types';
import { analyzeText } from './analyzeText';
import { identifierRemovalFixes } from './identifierRemoval';
import { identifierSeverity, monthAndYear } from './identifiers';
import { sharedMemo } from './memo';
import { nameDataFor } from './nameData';
import { hashedEntryPattern, normalizeName } from './normalize';
import { readPolicy, splitWords } from './policy';
import { listEntryFixes, replaceEverywhereEdits, type Occurrence } from './redactionEdits';
import { standardRoles } from './roles';
import { sourceSpan } from './scalarSource';
import type { TextFinding } from './textFinding';
import { collectTextUnits, redactionPair } from './textUnits';

export const redactionRuleIds = {
  declaredName: 'redaction/declared-name',
  personName: 'redaction/person-name',
  pseudonym: 'redaction/pseudonym',
  publicFigure: 'redaction/public-figure',
  identifier: 'redaction/identifier',
} as const;

export const declaredNameRule: RuleMeta = {
  id: redactionRuleIds.declaredName,
  defaultSeverity: 'error',
  description:
    'A name listed in `redaction.names` (or the workspace list), in clear or hashed, appears in the published text: any case, accents, possessive, across line breaks, each part of a full name.',
};
export const personNameRule: RuleMeta = {
  id: redactionRuleIds.personName,
  defaultSeverity: 'warning',
  description:
    'A likely person\'s name nobody declared, when the sentence says person: honorific + name, initial + surname, a known given name or full name, a role or kinship word ("her uncle X"), a verb only people do ("X said"), capitals with such evidence (not agencies, organisations, places, countries, nationalities, schemes, brands, months, seasons or ordinary words). The message gives the evidence.',
};
export const pseudonymRule: RuleMeta = {
  id: redactionRuleIds.pseudonym,
  defaultSeverity: 'warning',
  description:
    'A pseudonym from the full report, such as "Adult A", "Child B", "Mr X" or "Victim 1", or initials the sentence uses as a person ("JS told her GP", "JS\'s partner").',
};
export const publicFigureRule: RuleMeta = {
  id: redactionRuleIds.publicFigure,
  defaultSeverity: 'information',
  description:
    'A cited author or public figure ("Professor Evan Stark\'s work", "research by Dr X"): check that it names no one in the case.',
};
export const identifierRule: RuleMeta = {
  id: redactionRuleIds.identifier,
  defaultSeverity: 'error',
  description:
    'A personal identifier: date of birth or full date (warning), postcode, phone number, e-mail, NHS number (valid check digit), NI number, house number and street, vehicle registration.',
};

const ruleOf: Record<string, RuleMeta> = {
  'declared-name': declaredNameRule,
  'person-name': personNameRule,
  pseudonym: pseudonymRule,
  'public-figure': publicFigureRule,
};

/**
 * The redaction policy of the format spec over every published text of the file. Each string
 * scalar is analysed once per policy and remembered (see memo.ts), then its findings are mapped
 * back onto the exact words in the source through the scalar's source map.
 */
export const redactionChecker: Checker = {
  // Each text is analysed on its own, under the policy of the redaction block; a name's fixes,
  // which cover every place it is written, are marked groupedAcrossFile.
  scope: { kind: 'recommendation' },
  rules: [declaredNameRule, personNameRule, pseudonymRule, publicFigureRule, identifierRule],
  check(context: RuleContext): Finding[] {
    const { parsed } = context;
    const policy = readPolicy(parsed.value, context.workspace);
    const { data, key: dataKey } = nameDataFor(context.workspace);
    const memoKey = dataKey ? `${policy.key}:${dataKey}` : policy.key;
    const findings: Finding[] = [];
    const declaredAt = declaredEntrySpans(parsed);
    const names: Array<{ finding: Finding; occurrence: Occurrence; key: string; kind: TextFinding['kind'] }> = [];
    for (const unit of collectTextUnits(parsed)) {
      const { source } = unit;
      const results = sharedMemo.get(memoKey, source.value, () => analyzeText(source.value, policy, data));
      const removals = identifierRemovalFixes(source, results);
      for (const found of results) {
        const span = sourceSpan(source, found.start, found.end);
        const rule = ruleOf[found.kind] ?? identifierRule;
        const finding: Finding = { rule: rule.id, start: span.start, end: span.end, message: found.message };
        if (rule === identifierRule) finding.severity = identifierSeverity(found.kind);
        const shorter =
          found.kind === 'full-date' || found.kind === 'date-of-birth'
            ? monthAndYear(source.value.slice(found.start, found.end))
            : undefined;
        if (shorter && source.exact && source.ends[found.end - 1] - source.starts[found.start] === found.end - found.start) {
          finding.fixes = [
            {
              title: `Keep only the month and year ("${shorter}")`,
              edits: [{ ...span, newText: shorter }],
              preferred: found.kind === 'full-date',
            },
          ];
        }
        const removal = removals.get(found);
        if (removal) finding.fixes = [...(finding.fixes ?? []), removal];
        const entrySpan = found.entry !== undefined ? declaredAt.get(found.entry) : undefined;
        if (entrySpan) finding.related = [{ ...entrySpan, message: 'Declared in redaction.names' }];
        findings.push(finding);
        if (rule !== identifierRule && source.exact) {
          const words = source.value.slice(found.start, found.end);
          names.push({
            finding,
            kind: found.kind,
            key: normalizeName(words),
            occurrence: { source, start: found.start, end: found.end, words },
          });
        }
      }
    }
    attachFixes(parsed, names);
    return findings;
  },
};

/** Quick fixes: one role for every occurrence of the same words, and additions to the lists. */
function attachFixes(
  parsed: RuleContext['parsed'],
  names: Array<{ finding: Finding; occurrence: Occurrence; key: string; kind: TextFinding['kind'] }>,
): void {
  const groups = new Map<string, Occurrence[]>();
  for (const entry of names) {
    const list = groups.get(entry.key) ?? [];
    list.push(entry.occurrence);
    groups.set(entry.key, list);
  }
  const fixesByKey = new Map<string, { replace: Fix[]; lists: Fix[] }>();
  for (const entry of names) {
    let fixes = fixesByKey.get(entry.key);
    if (!fixes) {
      const occurrences = groups.get(entry.key)!;
      const count = occurrences.length;
      const where = count > 1 ? ` (${count} places)` : '';
      const replace: Fix[] = standardRoles.map((role, index) => ({
        title: `Replace "${entry.occurrence.words}" with "${role}"${where}`,
        edits: replaceEverywhereEdits(occurrences, role),
        preferred: index === 0 && entry.kind === 'declared-name',
      }));
      replace.push({
        title: `Replace "${entry.occurrence.words}" with a role you type...${where}`,
        edits: [],
        command: {
          title: 'Replace with a role',
          command: 'reviewSummaries.redaction.replaceWithTypedRole',
          arguments: [{ start: entry.finding.start, end: entry.finding.end }],
        },
      });
      fixes = { replace, lists: listEntryFixes(parsed, entry.occurrence.words) };
      fixesByKey.set(entry.key, fixes);
    }
    entry.finding.fixes = entry.kind === 'declared-name' ? fixes.replace : [...fixes.replace, ...fixes.lists];
    // Its fixes (and their "N places") cover every occurrence of the words in the file.
    entry.finding.groupedAcrossFile = true;
  }
}

/** Where each entry of this file's `redaction.names` is written, by its normalised words or hash. */
function declaredEntrySpans(parsed: RuleContext['parsed']): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  const block = redactionPair(parsed)?.value;
  const names = isMap(block) ? findPair(block, 'names')?.value : undefined;
  if (!isSeq(names)) return spans;
  for (const item of names.items) {
    if (!isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
    const hashed = hashedEntryPattern.exec(item.value.trim());
    const key = hashed ? hashed[1].toLowerCase() : splitWords(normalizeName(item.value)).join(' ');
    if (!spans.has(key)) spans.set(key, { start: item.range[0], end: item.range[1] });
  }
  return spans;
}
