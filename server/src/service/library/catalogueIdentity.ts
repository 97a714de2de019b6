import type { AgencyCatalogue } from '../agencies/catalogue';
import { agencySpellingKey } from './agencyKey';
import { spellingIdentity, type AgencyIdentity } from './libraryChecks';

/**
 * Agency identity through the catalogue: an abbreviation, a known variant and the canonical name
 * are one agency; names the catalogue does not know fall back to plain spelling comparison.
 */
export function catalogueIdentity(catalogue: AgencyCatalogue): AgencyIdentity {
  return (written) => {
    const match = catalogue.lookup(written);
    if (!match) return spellingIdentity(written);
    return { key: `catalogue\u0000${agencySpellingKey(match.canonical)}`, canonical: match.canonical };
  };
}
