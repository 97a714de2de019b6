// NHS bodies: trusts and foundation trusts (ODS etr, open and closed), the integrated care
// boards (data/sources/icbs.csv) with the clinical commissioning groups they replaced as former
// names (data/sources/ccgs.csv), and the Welsh trusts. Welsh health boards are curated.
import { addDistinct, readCsv, titleCase } from './names.mjs';

const regions = {
  Y56: 'London',
  Y58: 'South West',
  Y59: 'South East',
  Y60: 'Midlands',
  Y61: 'East of England',
  Y62: 'North West',
  Y63: 'North East and Yorkshire',
};

/** Every ICB publishes under its operating name "NHS <area>" ("NHS Devon"), not the statutory one. */
export const operatingName = (area) => `NHS ${area}`;

const ccgForms = (place) => [
  `NHS ${place} CCG`,
  `${place} CCG`,
  `NHS ${place} Clinical Commissioning Group`,
  `${place} Clinical Commissioning Group`,
];
const placeOfCcg = (name) => name.replace(/^NHS\s+/i, '').replace(/\s+(CCG|Clinical Commissioning Group)$/i, '');

export function icbEntries(icbPath, ccgPath, source, ccgSource) {
  const icbs = readCsv(icbPath);
  const ccgs = readCsv(ccgPath);
  const byCode = new Map();
  const entries = icbs.map((row) => {
    const area = row.area;
    const name = `${area} Integrated Care Board`;
    const entry = { name, kind: 'ICB', abbreviations: [`${area} ICB`], variants: [], area, source, former: [] };
    addDistinct(entry.variants, name, [
      operatingName(area),
      `NHS ${area} Integrated Care Board`,
      `NHS ${area} ICB`,
      `${area} Integrated Care System`,
      `${area} ICS`,
      ...(row.other_names ? row.other_names.split(';') : []),
    ]);
    byCode.set(row.code, entry);
    return entry;
  });
  for (const ccg of ccgs) {
    const entry = byCode.get(ccg.icb);
    if (!entry || !ccg.name) continue;
    const place = titleCase(placeOfCcg(ccg.name));
    addDistinct(entry.variants, entry.name, ccgForms(place));
    entry.former.push(`NHS ${place} CCG`);
  }
  return entries.map(({ former, ...entry }) => ({
    ...entry,
    ...(former.length
      ? { note: `since July 2022; replaced the clinical commissioning groups ${[...new Set(former)].join(', ')} (${ccgSource})` }
      : { note: 'since July 2022' }),
  }));
}

export function trustEntries(etrPath, icbPath, source) {
  const icbAreas = new Map(readCsv(icbPath).map((r) => [r.code, r.area]));
  return readCsv(etrPath).map((row) => {
    const name = titleCase(row.name).replace(/^The /, '');
    const entry = {
      name,
      kind: 'NHS trust',
      abbreviations: [],
      variants: [],
      area: icbAreas.get(row.icb) ?? regions[row.region] ?? (row.region ? '' : 'Wales'),
      source,
    };
    const shorter = [
      name.replace(/ NHS Foundation Trust$/, ' NHS Trust'),
      name.replace(/ NHS Foundation Trust$/, ' Foundation Trust'),
      name.replace(/ NHS (Foundation )?Trust$/, ' $1Trust'),
      `The ${name}`,
    ];
    addDistinct(
      entry.variants,
      name,
      shorter.filter((s) => s !== name),
    );
    const opened = row.opened && `${row.opened.slice(0, 4)}-${row.opened.slice(4, 6)}`;
    const closed = row.closed && `${row.closed.slice(0, 4)}-${row.closed.slice(4, 6)}`;
    entry.note = `ODS code ${row.code}${closed ? `; closed ${closed}` : opened ? `; since ${opened}` : ''}`;
    return entry;
  });
}
