// The seam between the page and the agency catalogue: a written addressee becomes the catalogue's
// canonical name, with its abbreviation where it has one ("EPUT" → "Essex Partnership University
// NHS Foundation Trust (EPUT)"). Unknown names are shown as written.
import type { AgencyMatch } from '../agencies/agencyTypes';
import type { AgencyResolver } from '../../../../common/page/renderTypes';

export interface AgencyLookup {
  lookup(written: string): AgencyMatch | undefined;
}

export function agencyResolverFor(catalogue: AgencyLookup): AgencyResolver {
  return (written) => {
    const match = catalogue.lookup(written);
    if (!match) return undefined;
    // The abbreviation the author wrote, when they wrote one; else the catalogue's first.
    const abbreviation =
      match.matchedAs === 'abbreviation'
        ? (match.entry.abbreviations.find((a) => a.toLowerCase() === written.toLowerCase()) ?? match.entry.abbreviations[0])
        : match.entry.abbreviations[0];
    return { name: match.canonical, abbreviation: match.collectiveOf ? undefined : abbreviation };
  };
}
