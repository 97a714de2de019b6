// Councils: every local authority of England and Wales in mySociety's list, current and past,
// under its official name with the short forms summaries use ("Leeds City Council", "Essex
// Council", "London Borough of Camden"). The same rows give the CSPs (see csps.mjs).
import { addDistinct, readCsv } from './names.mjs';

/**
 * Known damage in the mySociety snapshot: the Welsh name of Anglesey lost its "ô" (once as
 * mojibake, once dropped). Any other alt-name with a replacement character stops the build, so
 * new damage is noticed instead of shipped.
 */
const altNameRepairs = new Map([
  ['Sir Ynys M\u00ef\u00bf\u00bdn', 'Sir Ynys Môn'],
  ['Sir Ynys M\ufffdn', 'Sir Ynys Môn'],
  ['ynys mn', 'Ynys Môn'],
]);

export function cleanAltNames(raw) {
  // Separators are bare commas; a comma inside a name ("Bournemouth, Christchurch and Poole") has a space after it.
  return raw
    .split(/,(?! )/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => altNameRepairs.get(s) ?? s)
    .map((s) => {
      if (/\ufffd|\u00ef\u00bf\u00bd/.test(s)) throw new Error(`build-catalogue: unrepaired broken character in alt-name "${s}"`);
      return s;
    });
}

export function authorityRows(path) {
  return readCsv(path).filter((r) => r.nation === 'England' || r.nation === 'Wales');
}

/** The short forms people write for a council of this type in place `p`. */
function shortForms(type, p) {
  const council = [`${p} Council`];
  switch (type) {
    case 'CTY':
      return [...council, `${p} County Council`];
    case 'NMD':
      return [...council, `${p} District Council`, `${p} Borough Council`, `${p} City Council`, `City of ${p} Council`];
    case 'MD':
      return [
        ...council,
        `${p} Metropolitan Borough Council`,
        `${p} Borough Council`,
        `${p} City Council`,
        `${p} Metropolitan District Council`,
        `City of ${p} Council`,
      ];
    case 'UA':
      return [...council, `${p} City Council`, `${p} Borough Council`, `${p} County Council`, `City of ${p} Council`];
    case 'LBO':
      return [...council, `London Borough of ${p}`, `${p} London Borough Council`, `${p} Borough Council`, `Royal Borough of ${p}`];
    case 'WPA':
      return [
        ...council,
        `${p} County Council`,
        `${p} County Borough Council`,
        `${p} City Council`,
        `City and County of ${p}`,
        `City and County of ${p} Council`,
      ];
    default:
      return council;
  }
}

/**
 * An authority styled "City of X" or "X, City of" (the City of Westminster, a London borough)
 * also calls itself "X City Council", whatever its type's short forms are. Not for the City of
 * London: it is governed by a corporation, and there is no "London City Council".
 */
function cityCouncilForms(type, names) {
  if (type === 'CC') return [];
  return names
    .filter((n) => !/council|corporation|cyngor/i.test(n))
    .flatMap((n) => {
      const place = /^City of (.+)$/.exec(n)?.[1] ?? /^(.+), City of$/.exec(n)?.[1];
      return place ? [`${place.replace(/\s+UA$/, '')} City Council`] : [];
    });
}

export function councilEntries(rows, source) {
  const byCode = new Map(rows.map((r) => [r['local-authority-code'], r]));
  const entries = new Map();
  for (const row of rows) {
    if (row['local-authority-type'] === 'SRA') continue; // the Greater London Authority is in the curated list
    const name = row['official-name'];
    const area = row['nice-name'];
    const key = name.toLowerCase();
    const entry = entries.get(key) ?? { name, kind: 'council', abbreviations: [], variants: [], area, source, notes: [] };
    entries.set(key, entry);
    const places = cleanAltNames(row['alt-names']).filter((s) => /[A-Z]/.test(s));
    const councilNames = places.filter((s) => /council|corporation|cyngor/i.test(s));
    const placeNames = [area, ...places.filter((s) => !/council|corporation|cyngor/i.test(s))];
    addDistinct(entry.variants, name, [
      ...councilNames,
      ...placeNames.flatMap((p) => shortForms(row['local-authority-type'], p)),
      ...cityCouncilForms(row['local-authority-type'], [name, ...places]),
    ]);
    const ended = row['end-date'];
    const successors = row['replaced-by']
      .split(',')
      .map((c) => byCode.get(c.trim())?.['nice-name'])
      .filter(Boolean);
    const type = row['local-authority-type-name'].toLowerCase();
    entry.notes.push(
      ended
        ? `${type} until ${ended}${successors.length ? `, now ${successors.join(' and ')}` : ''}`
        : `${type}${row['start-date'] ? ` since ${row['start-date']}` : ''}`,
    );
  }
  return [...entries.values()].map(({ notes, ...entry }) => ({ ...entry, note: notes.join('; ') }));
}
