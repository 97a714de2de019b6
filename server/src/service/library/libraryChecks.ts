import type { RuleMeta } from '../rules/ruleTypes';
import type { Severity } from '../types';
import { agencySpellingKey } from './agencyKey';
import type { Located, SummaryFacts } from './summaryFacts';

export const libraryRuleIds = {
  duplicateReview: 'library/duplicate-review',
  agencySpelling: 'library/agency-spelling',
} as const;

/** The checks that need the whole library at once; the CLI runs them after the per-file ones. */
export const libraryRules: RuleMeta[] = [
  {
    id: libraryRuleIds.duplicateReview,
    defaultSeverity: 'error',
    description:
      'Two summaries describe the same review (same CSP, publication month and source address): the library would publish it twice.',
  },
  {
    id: libraryRuleIds.agencySpelling,
    defaultSeverity: 'warning',
    description: 'One agency is written in different ways across the library; reported once, with every place each spelling is used.',
  },
];

export interface LibraryMember<Where> {
  file: string;
  facts: SummaryFacts<Where>;
}

export interface LibraryFinding<Where> {
  rule: string;
  severity: Severity;
  message: string;
  /** The place the finding is shown at (its file is the one it is reported under). */
  at: Where;
  file: string;
  related: Array<{ file: string; at: Where; message: string }>;
}

/** Which agency a written name stands for: spellings with one key are one agency. */
export type AgencyIdentity = (written: string) => { key: string; canonical?: string } | undefined;

/** Without a catalogue: spellings that differ only in case, punctuation, "&"/"and" or "the". */
export const spellingIdentity: AgencyIdentity = (written) => {
  const key = agencySpellingKey(written);
  return key ? { key } : undefined;
};

/**
 * Cross-file checks over facts extracted from each summary. Pure: the same members in the same
 * order give the same findings, so parallel and serial runs of the CLI print the same thing.
 * `agencyIdentity` decides which spellings are one agency (the CLI passes the agency catalogue's
 * lookup, so "ESAB" and "Essex Safeguarding Adults Board" meet too).
 */
export function checkLibrary<Where>(
  members: ReadonlyArray<LibraryMember<Where>>,
  agencyIdentity: AgencyIdentity = spellingIdentity,
): Array<LibraryFinding<Where>> {
  return [...duplicateReviews(members), ...agencySpellings(members, agencyIdentity)];
}

function duplicateReviews<Where>(members: ReadonlyArray<LibraryMember<Where>>): Array<LibraryFinding<Where>> {
  const groups = new Map<string, Array<LibraryMember<Where>>>();
  for (const member of members) {
    const { csp, published, sourceUrl } = member.facts;
    if (!csp || !published || !sourceUrl) continue;
    const key = [normaliseWords(csp.value), published.value.trim(), normaliseUrl(sourceUrl.value)].join('\u0000');
    const group = groups.get(key) ?? [];
    group.push(member);
    groups.set(key, group);
  }
  const findings: Array<LibraryFinding<Where>> = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...others] = group;
    for (const member of others) {
      const csp = member.facts.csp!;
      findings.push({
        rule: libraryRuleIds.duplicateReview,
        severity: 'error',
        file: member.file,
        at: csp.at,
        message: `This summary is for the same review as ${first.file} (CSP "${csp.value}", published ${member.facts.published!.value}, same source address); keep one of them`,
        related: [
          { file: first.file, at: first.facts.csp!.at, message: 'The first summary of this review' },
          ...group
            .filter((m) => m !== first && m !== member)
            .map((m) => ({ file: m.file, at: m.facts.csp!.at, message: 'Another summary of this review' })),
        ],
      });
    }
  }
  return findings;
}

interface Spelling<Where> {
  text: string;
  places: Array<{ file: string; at: Where }>;
}

function agencySpellings<Where>(members: ReadonlyArray<LibraryMember<Where>>, identify: AgencyIdentity): Array<LibraryFinding<Where>> {
  // agency key → spelling as written → places, all in library order.
  const agencies = new Map<string, Map<string, Spelling<Where>>>();
  const canonical = new Map<string, string>();
  for (const member of members) {
    for (const agency of member.facts.agencies) {
      const identity = identify(agency.value);
      if (!identity) continue;
      const { key } = identity;
      if (identity.canonical) canonical.set(key, identity.canonical);
      const spellings = agencies.get(key) ?? new Map<string, Spelling<Where>>();
      agencies.set(key, spellings);
      const spelling = spellings.get(agency.value) ?? { text: agency.value, places: [] };
      spellings.set(agency.value, spelling);
      spelling.places.push({ file: member.file, at: agency.at });
    }
  }
  const findings: Array<LibraryFinding<Where>> = [];
  for (const [key, spellings] of agencies) {
    if (spellings.size < 2) continue;
    // The catalogue's name, else the most used spelling, is the intended one (first seen wins a tie).
    const name = canonical.get(key);
    const ranked = [...spellings.values()].sort(
      (a, b) => Number(b.text === name) - Number(a.text === name) || b.places.length - a.places.length,
    );
    const [usual, ...variants] = ranked;
    const shown = variants[0].places[0];
    const counts = ranked.map((s) => `"${s.text}" (${plural(s.places.length, 'place')})`).join(', ');
    const advice = name ? `Write "${name}" (the catalogue's name) everywhere` : 'Use one spelling everywhere';
    findings.push({
      rule: libraryRuleIds.agencySpelling,
      severity: 'warning',
      file: shown.file,
      at: shown.at,
      message: `"${name ?? usual.text}" is written ${spellings.size} ways across the library: ${counts}. ${advice}`,
      related: ranked.flatMap((spelling) =>
        spelling.places
          .filter((place) => place !== shown)
          .map((place) => ({ file: place.file, at: place.at, message: `Written "${spelling.text}"` })),
      ),
    });
  }
  return findings;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function normaliseWords(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Addresses that differ only in case of the host, a trailing slash or a fragment are the same. */
function normaliseUrl(text: string): string {
  try {
    const url = new URL(text.trim());
    url.hash = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return text.trim();
  }
}

export type { Located };
