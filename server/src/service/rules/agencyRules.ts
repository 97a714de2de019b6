import { addToCatalogueFix, guessKind, renameEdit, splitEdit, type RenamedPlace } from '../agencies/agencyEdits';
import type { AgencyMatch } from '../agencies/agencyTypes';
import type { AgencyCatalogue } from '../agencies/catalogue';
import { splitCombined } from '../agencies/splitCombined';
import { catalogueFor } from '../agencies/workspaceCatalogue';
import { addressees, writtenCsp, type WrittenAgency } from '../agencies/writtenAgencies';
import type { ParsedSummary } from '../parse/parseSummary';
import type { Finding } from '../types';
import type { WorkspaceData } from '../workspace';
import { defineListChecker } from './listChecker';
import { readRecommendations } from './numbering/recommendationList';
import type { Checker } from './ruleTypes';

export const agencyRuleIds = {
  abbreviation: 'agency/abbreviation',
  combined: 'agency/combined',
  didYouMean: 'agency/did-you-mean',
  unknown: 'agency/unknown',
  inconsistent: 'agency/inconsistent',
} as const;

/** One `addressedTo` name as the catalogue reads it: several agencies, one it knows, or none. */
type ReadAddressee = { agency: WrittenAgency; name: string } & (
  { kind: 'combined'; parts: string[] } | { kind: 'matched'; match: AgencyMatch } | { kind: 'unmatched' }
);

// Both agency checkers read the same names of the same parse: look them up once.
const readByParse = new WeakMap<ParsedSummary, { catalogue: AgencyCatalogue; read: ReadAddressee[] }>();

function readAddressees(parsed: ParsedSummary, catalogue: AgencyCatalogue): ReadAddressee[] {
  const known = readByParse.get(parsed);
  if (known?.catalogue === catalogue) return known.read;
  const read: ReadAddressee[] = [];
  for (const agency of addressees(parsed)) {
    const name = agency.text.trim();
    if (!name) continue; // the schema reports empty names
    const parts = splitCombined(name, catalogue);
    if (parts) {
      read.push({ agency, name, kind: 'combined', parts });
      continue;
    }
    const match = catalogue.lookup(name);
    read.push(match ? { agency, name, kind: 'matched', match } : { agency, name, kind: 'unmatched' });
  }
  readByParse.set(parsed, { catalogue, read });
  return read;
}

/**
 * Agency names in `addressedTo` and `csp`, each checked against the catalogue (built in, plus the
 * workspace's own files): abbreviations and other spellings, several agencies in one item, near
 * misses, unknown names. One agency written two ways across the list is agencySpellingChecker's.
 */
export const agencyChecker: Checker = {
  // Each name's findings depend on that name alone (and the catalogue).
  scope: { kind: 'recommendation' },
  rules: [
    {
      id: agencyRuleIds.abbreviation,
      defaultSeverity: 'hint',
      description: 'An abbreviation or other spelling of a catalogue agency ("EPUT"); the fix writes its canonical name.',
    },
    {
      id: agencyRuleIds.combined,
      defaultSeverity: 'warning',
      description:
        'Two agencies in one `addressedTo` item ("EPUT | Essex Adult Social Care", "A and B" when both are known); the fix splits them into list items.',
    },
    {
      id: agencyRuleIds.didYouMean,
      defaultSeverity: 'warning',
      description:
        'An agency or CSP name close to a known one ("Essex Safeguarding Board" for Essex Safeguarding Adults Board), with a fix.',
    },
    {
      id: agencyRuleIds.unknown,
      defaultSeverity: 'information',
      description: 'An agency or CSP the catalogue does not know; the fix adds it to the workspace catalogue file.',
    },
  ],
  check({ parsed, workspace }) {
    const catalogue = catalogueFor(workspace);
    const findings: Finding[] = [];
    for (const read of readAddressees(parsed, catalogue)) {
      const { agency } = read;
      if (read.kind === 'combined') {
        // A single text where the list belongs is already an error (schema/wrong-type) whose fix
        // makes it a list, splitting "A | B": a second diagnostic on the same words would only repeat
        // it. Once it is a list item, a name joined another way ("A and B") is reported here.
        if (agency.place !== 'single-value') findings.push(combinedFinding(parsed.text, agency, read.parts));
      } else if (read.kind === 'matched') {
        if (!read.match.exact) findings.push(abbreviationFinding(agency, read.match));
      } else {
        findings.push(unmatchedFinding(agency, read.name, catalogue, workspace));
      }
    }
    const csp = writtenCsp(parsed);
    if (csp?.text.trim()) {
      const finding = cspFinding(csp, catalogue, workspace);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

/**
 * A catalogue agency as one list item writes it. The edit that writes its canonical name there is
 * made only for the spellings a finding reports (building it for every item cost a YAML parse each).
 */
interface WrittenSpelling extends RenamedPlace {
  canonical: string;
  written: string;
}

/** One agency written two ways in the same file: judged across the list from each item's catalogue names. */
export const agencySpellingChecker = defineListChecker<WrittenSpelling[]>({
  scope: { kind: 'list' },
  rules: [
    {
      id: agencyRuleIds.inconsistent,
      defaultSeverity: 'warning',
      description: 'One agency written two ways in the same file; reported once, with both places.',
    },
  ],
  itemFacts({ parsed, workspace }) {
    const list = readRecommendations(parsed);
    if (!list) return undefined;
    const facts: WrittenSpelling[][] = list.seq.items.map(() => []);
    for (const read of readAddressees(parsed, catalogueFor(workspace))) {
      const { agency } = read;
      if (read.kind !== 'matched' || agency.recommendation === undefined) continue;
      const canonical = read.match.canonical;
      facts[agency.recommendation].push({
        start: agency.start,
        end: agency.end,
        canonical,
        written: read.name,
        place: agency.place,
        quote: agency.quote,
      });
    }
    return facts;
  },
  judge: (facts, origins) => inconsistencies(facts, origins),
  moveFacts: (facts, move) => facts.map((spelling) => ({ ...spelling, start: move(spelling.start), end: move(spelling.end) })),
});

function describe(match: AgencyMatch): string {
  if (match.collectiveOf) return `\`${match.canonical}\``;
  return match.matchedAs === 'abbreviation' ? `the abbreviation of ${match.canonical}` : `another spelling of ${match.canonical}`;
}

function abbreviationFinding(agency: WrittenAgency, match: AgencyMatch): Finding {
  const what = match.collectiveOf ? `means ${describe(match)}` : `is ${describe(match)}`;
  return {
    rule: agencyRuleIds.abbreviation,
    start: agency.start,
    end: agency.end,
    message: `"${agency.text.trim()}" ${what}; write the name in full so every summary names it the same way.`,
    fixes: [{ title: `Write "${match.canonical}"`, preferred: true, edits: [renameEdit(agency, match.canonical)] }],
  };
}

function combinedFinding(text: string, agency: WrittenAgency, parts: string[]): Finding {
  const edit = splitEdit(text, agency, parts);
  const list = parts.map((part) => `"${part}"`).join(', ');
  return {
    rule: agencyRuleIds.combined,
    start: agency.start,
    end: agency.end,
    message: `One item names ${parts.length} agencies (${list}); give each its own list item.`,
    fixes: edit ? [{ title: `Split into ${parts.length} list items`, preferred: true, edits: [edit] }] : undefined,
  };
}

function unmatchedFinding(agency: WrittenAgency, name: string, catalogue: AgencyCatalogue, workspace: WorkspaceData): Finding {
  const near = catalogue.suggest(name);
  if (near) {
    return {
      rule: agencyRuleIds.didYouMean,
      start: agency.start,
      end: agency.end,
      message: `"${name}" is not in the agency catalogue. Did you mean "${near.entry.name}"?`,
      fixes: [{ title: `Change to "${near.entry.name}"`, preferred: true, edits: [renameEdit(agency, near.entry.name)] }],
    };
  }
  const add = addToCatalogueFix(workspace, name, guessKind(name));
  return {
    rule: agencyRuleIds.unknown,
    start: agency.start,
    end: agency.end,
    message: `"${name}" is not in the agency catalogue (built in or the workspace's). If it is right, add it to the workspace catalogue so its spelling is checked.`,
    fixes: add ? [add] : undefined,
  };
}

/**
 * Each agency written in more than one way gets one finding, on its second spelling. Item i's
 * offsets count from origins[i] when given; only the places reported are added up.
 */
function inconsistencies(facts: readonly WrittenSpelling[][], origins: readonly number[] | undefined): Finding[] {
  const byAgency = new Map<string, Array<{ item: number; spelling: WrittenSpelling }>>();
  facts.forEach((spellings, item) => {
    for (const spelling of spellings) {
      const list = byAgency.get(spelling.canonical);
      if (list) list.push({ item, spelling });
      else byAgency.set(spelling.canonical, [{ item, spelling }]);
    }
  });
  const by = (item: number): number => origins?.[item] ?? 0;
  const findings: Finding[] = [];
  for (const [canonical, items] of byAgency) {
    const first = items[0].spelling.written;
    const second = items.find(({ spelling }) => spelling.written !== first);
    if (!second) continue;
    const ways = [...new Set(items.map(({ spelling }) => spelling.written))];
    const others = items.filter((entry) => entry !== second && entry.spelling.written !== second.spelling.written);
    const toFix = items.filter(({ spelling }) => spelling.written !== canonical);
    findings.push({
      rule: agencyRuleIds.inconsistent,
      start: second.spelling.start + by(second.item),
      end: second.spelling.end + by(second.item),
      message: `${canonical} is written ${ways.length} ways in this file (${ways.map((s) => `"${s}"`).join(', ')}); use one.`,
      related: others.map(({ item, spelling }) => ({
        start: spelling.start + by(item),
        end: spelling.end + by(item),
        message: `Also written "${spelling.written}"`,
      })),
      fixes: toFix.length
        ? [
            {
              title: `Write "${canonical}" everywhere`,
              edits: toFix.map(({ item, spelling }) =>
                renameEdit({ ...spelling, start: spelling.start + by(item), end: spelling.end + by(item) }, canonical),
              ),
            },
          ]
        : undefined,
    });
  }
  return findings;
}

/** `csp` is the partnership's place name as the library writes it ("Uttlesford", "Western Suffolk"). */
function cspFinding(csp: WrittenAgency, catalogue: AgencyCatalogue, workspace: WorkspaceData): Finding | undefined {
  const name = csp.text.trim();
  if (catalogue.findCsp(name)) return undefined;
  const near = catalogue.suggestCspArea(name);
  if (near) {
    return {
      rule: agencyRuleIds.didYouMean,
      start: csp.start,
      end: csp.end,
      message: `"${name}" is not a Community Safety Partnership the catalogue knows. Did you mean "${near.area}" (${near.name})?`,
      fixes: [{ title: `Change to "${near.area}"`, preferred: true, edits: [renameEdit(csp, near.area)] }],
    };
  }
  const add = addToCatalogueFix(workspace, `${name} Community Safety Partnership`, 'CSP', name);
  return {
    rule: agencyRuleIds.unknown,
    start: csp.start,
    end: csp.end,
    message: `"${name}" is not a Community Safety Partnership the catalogue knows (every current and past district and unitary authority of England and Wales is built in).`,
    fixes: add ? [add] : undefined,
  };
}
