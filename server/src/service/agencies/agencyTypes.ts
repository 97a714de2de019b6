/** The kinds of agency the catalogue knows (the same list as data/agencies.json's `kinds`). */
export const agencyKinds = [
  'police',
  'police and crime commissioner',
  'council',
  'local authority service',
  'NHS trust',
  'health board',
  'ICB',
  'safeguarding board',
  'CSP',
  'probation',
  'national body',
  'housing provider',
  'university',
  'voluntary sector',
  'collective',
] as const;
export type AgencyKind = (typeof agencyKinds)[number];

/** One agency: the name summaries should use, and the other ways people write it. */
export interface AgencyEntry {
  name: string;
  abbreviations: string[];
  variants: string[];
  kind: AgencyKind;
  /** The place it serves ("Essex", "England and Wales"); empty for collective addressees. */
  area: string;
  /** Where the entry comes from: the built-in data set it was generated from, or "curated". */
  source: string;
  /** Former names, what replaced a reorganised council, the districts a CSP covers. */
  note?: string;
  /**
   * For a national federation with local branches: the forms a branch is named by, with
   * "<area>" for its place ("Citizens Advice <area>", "<area> Mind").
   */
  branchForms?: string[];
  /** For a workspace entry: the catalogue file that defines it. */
  origin?: { uri: string; start: number; end: number };
}

/** How a written name matched an entry. */
export type MatchedAs = 'name' | 'abbreviation' | 'variant';

export interface AgencyMatch {
  entry: AgencyEntry;
  matchedAs: MatchedAs;
  /** The text that should be written instead (the canonical name, or the collective form of it). */
  canonical: string;
  /** True when the written text is exactly the canonical text. */
  exact: boolean;
  /** Set for a collective addressee derived from a known agency ("EPUT's commissioners"). */
  collectiveOf?: AgencyMatch;
}
