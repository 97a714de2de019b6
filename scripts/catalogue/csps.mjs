// CSPs: one per district or unitary authority of England and Wales, current and past, plus one
// per county (county-wide partnerships), under the names partnerships publish with: "Leeds
// Community Safety Partnership", "Leeds CSP", "Safer Leeds", "Safer Leeds Partnership". A
// reorganised area keeps its entry, with a note naming what replaced it: older reviews use the
// old names. Entries with the same name (a county that became a unitary authority) are merged.
import { addDistinct, normal } from './names.mjs';
import { cleanAltNames } from './councils.mjs';

/** The brand forms a partnership for `place` goes by; checked against real CSP names (docs/agency-catalogue.md). */
function brandForms(place) {
  return [
    `Safer ${place}`,
    `Safer ${place} Partnership`,
    `Safer Stronger ${place}`,
    `Safer ${place} Community Safety Partnership`,
    `${place} Safer Communities Partnership`,
    `${place} Community Safety Partnership Board`,
    `${place} Crime and Disorder Reduction Partnership`,
  ];
}

export function cspEntries(rows, source) {
  const byCode = new Map(rows.map((r) => [r['local-authority-code'], r]));
  const wanted = rows.filter((r) => r['lower-or-unitary'] === 'True' || r['local-authority-type'] === 'CTY');
  const entries = new Map();
  for (const row of wanted) {
    const area = row['nice-name'];
    const name = `${area} Community Safety Partnership`;
    const entry = entries.get(name) ?? { name, kind: 'CSP', abbreviations: [], variants: [], area, source, authorities: [] };
    entries.set(name, entry);
    addDistinct(entry.abbreviations, name, [`${area} CSP`]);
    // Lower-case alt-names are mySociety's lookup keys; "... Council" names are the council itself.
    const places = cleanAltNames(row['alt-names']).filter((s) => /[A-Z]/.test(s) && !/council|corporation|cyngor/i.test(s));
    addDistinct(entry.variants, name, [
      ...places.map((p) => `${p} Community Safety Partnership`),
      ...[area, ...places].flatMap(brandForms),
    ]);
    addDistinct(
      entry.abbreviations,
      name,
      places.filter((p) => normal(p) !== normal(area)).map((p) => `${p} CSP`),
    );
    const scope = row['local-authority-type'] === 'CTY' ? 'county' : row['local-authority-type-name'];
    const ended = row['end-date'];
    const successors = row['replaced-by']
      .split(',')
      .map((c) => byCode.get(c.trim())?.['nice-name'])
      .filter(Boolean);
    const description = ended
      ? `${scope} until ${ended}${successors.length ? `, now ${successors.join(' and ')}` : ''}`
      : `${scope}${row['start-date'] ? ` since ${row['start-date']}` : ''}`;
    entry.authorities.push(`${row['official-name']} (${description})`);
  }
  return [...entries.values()].map(({ authorities, ...entry }) => ({ ...entry, note: authorities.join('; ') }));
}
