import { addToCatalogueFix, guessKind, renameEdit, splitEdit } from '../agencies/agencyEdits';
import type { AgencyMatch } from '../agencies/agencyTypes';
import type { AgencyCatalogue } from '../agencies/catalogue';
import { splitCombined } from '../agencies/splitCombined';
import { catalogueFor } from '../agencies/workspaceCatalogue';
import { addressees, writtenCsp, type WrittenAgency } from '../agencies/writtenAgencies';
import type { Finding } from '../types';
import type { WorkspaceData } from '../workspace';
import type { Checker } from './ruleTypes';

export const agencyRuleIds = {
  abbreviation: 'agency/abbreviation',
  combined: 'agency/combined',
  didYouMean: 'agency/did-you-mean',
  unknown: 'agency/unknown',
  inconsistent: 'agency/inconsistent',
} as const;

/**
 * Agency names in `addressedTo` and `csp`, checked against the catalogue (built in, plus the
 * workspace's own files): abbreviations and other spellings, several agencies in one item, near
 * misses, unknown names, and one agency written two ways in the same file.
 */
export const agencyChecker: Checker = {
  // One agency written two ways is found across the list, so the whole list's agencies are read.
  scope: { kind: 'file', readsFields: ['addressedTo'] },
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
    {
      id: agencyRuleIds.inconsistent,
      defaultSeverity: 'warning',
      description: 'One agency written two ways in the same file; reported once, with both places.',
    },
  ],
  check({ parsed, workspace }) {
    const catalogue = catalogueFor(workspace);
    const findings: Finding[] = [];
    const matched: Array<{ agency: WrittenAgency; match: AgencyMatch }> = [];
    for (const agency of addressees(parsed)) {
      const name = agency.text.trim();
      if (!name) continue; // the schema reports empty names
      const parts = splitCombined(name, catalogue);
      // A single text where the list belongs is already an error (schema/wrong-type) whose fix
      // makes it a list, splitting "A | B": a second diagnostic on the same words would only repeat
      // it. Once it is a list item, a name joined another way ("A and B") is reported here.
      if (parts && agency.place === 'single-value') continue;
      if (parts) {
        findings.push(combinedFinding(parsed.text, agency, parts));
        continue;
      }
      const match = catalogue.lookup(name);
      if (match) {
        matched.push({ agency, match });
        if (!match.exact) findings.push(abbreviationFinding(agency, match));
      } else {
        findings.push(unmatchedFinding(agency, name, catalogue, workspace));
      }
    }
    findings.push(...inconsistencies(matched));
    const csp = writtenCsp(parsed);
    if (csp?.text.trim()) {
      const finding = cspFinding(csp, catalogue, workspace);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

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

/** Each agency written in more than one way gets one finding, on its second spelling. */
function inconsistencies(matched: Array<{ agency: WrittenAgency; match: AgencyMatch }>): Finding[] {
  const byAgency = new Map<string, Array<{ agency: WrittenAgency; match: AgencyMatch }>>();
  for (const item of matched) {
    const list = byAgency.get(item.match.canonical) ?? [];
    list.push(item);
    byAgency.set(item.match.canonical, list);
  }
  const findings: Finding[] = [];
  for (const [canonical, items] of byAgency) {
    const spellings = [...new Set(items.map((item) => item.agency.text.trim()))];
    if (spellings.length < 2) continue;
    const first = items[0];
    const second = items.find((item) => item.agency.text.trim() !== first.agency.text.trim())!;
    const others = items.filter((item) => item !== second && item.agency.text.trim() !== second.agency.text.trim());
    const toFix = items.filter((item) => item.agency.text.trim() !== canonical);
    findings.push({
      rule: agencyRuleIds.inconsistent,
      start: second.agency.start,
      end: second.agency.end,
      message: `${canonical} is written ${spellings.length} ways in this file (${spellings.map((s) => `"${s}"`).join(', ')}); use one.`,
      related: others.map((item) => ({
        start: item.agency.start,
        end: item.agency.end,
        message: `Also written "${item.agency.text.trim()}"`,
      })),
      fixes: toFix.length
        ? [{ title: `Write "${canonical}" everywhere`, edits: toFix.map((item) => renameEdit(item.agency, canonical)) }]
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
