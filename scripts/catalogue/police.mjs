// Police forces (the shared police-forces.csv) and the Police and Crime Commissioners who hold
// them to account: one commissioner per territorial force outside London, under the names their
// offices use ("Office of the Police and Crime Commissioner for Kent", "Kent OPCC", "Essex Police,
// Fire and Crime Commissioner"). London's is MOPAC, in the curated list.
import { addDistinct, readCsv } from './names.mjs';

/** An all-capitals token such as "GMP" or "CoLP" is an abbreviation; anything else a spelling. */
const isAbbreviation = (s) => /^[A-Za-z&]{2,10}$/.test(s) && (s.match(/[A-Z]/g) ?? []).length >= 2;

const areaOf = (name) => name.replace(/\s+(Police Service|Police|Constabulary)$/, '');

export function policeRows(path) {
  return readCsv(path);
}

export function policeEntries(rows, source) {
  return rows.map((row) => {
    const name = row.name;
    const area = areaOf(name);
    const entry = { name, abbreviations: [], variants: [], kind: 'police', area, source };
    const notes = [];
    for (const raw of row.common_abbreviations
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const former = /^(.*?)\s*\(name before (\d{4})\)$/.exec(raw);
      if (former) {
        addDistinct(entry.variants, name, [former[1]]);
        notes.push(`called ${former[1]} before ${former[2]}`);
      } else if (isAbbreviation(raw)) addDistinct(entry.abbreviations, name, [raw]);
      else addDistinct(entry.variants, name, [raw]);
    }
    // "Essex Constabulary" / "Kent Constabulary" and the reverse are common informal spellings.
    if (row.kind === 'territorial') addDistinct(entry.variants, name, [`${area} Police`, `${area} Constabulary`, `${area} Police Force`]);
    if (row.kind === 'special') notes.push('special police force');
    if (notes.length) entry.note = notes.join('; ');
    return entry;
  });
}

/** Areas whose commissioner's powers passed to an elected mayor, and since when. */
const mayoralAreas = new Map([
  ['Greater Manchester', ['Mayor of Greater Manchester', '2017']],
  ['West Yorkshire', ['Mayor of West Yorkshire', '2021']],
  ['South Yorkshire', ['Mayor of South Yorkshire', '2024']],
  ['North Yorkshire', ['Mayor of York and North Yorkshire', '2024']],
]);

export function pccEntries(rows, source) {
  return rows
    .filter((row) => row.kind === 'territorial' && !/Metropolitan|City of London/.test(row.name))
    .map((row) => {
      const area = areaOf(row.name).replace(/^Greater Manchester$/, 'Greater Manchester');
      const name = `Police and Crime Commissioner for ${area}`;
      const entry = {
        name,
        kind: 'police and crime commissioner',
        abbreviations: [`${area} PCC`, `${area} OPCC`],
        variants: [],
        area,
        source,
      };
      const office = ['Office of the Police and Crime Commissioner', 'Office of the Police, Fire and Crime Commissioner'];
      addDistinct(entry.variants, name, [
        `${area} Police and Crime Commissioner`,
        `${area} Police, Fire and Crime Commissioner`,
        `Police, Fire and Crime Commissioner for ${area}`,
        `${area} Police Fire and Crime Commissioner`,
        ...office.flatMap((o) => [`${o} for ${area}`, `${area} ${o}`, `${o} ${area}`, `${o} (${area})`]),
        `${area} PFCC`,
        `OPCC for ${area}`,
        `${area} Office of the PCC`,
      ]);
      const mayor = mayoralAreas.get(area);
      if (mayor) {
        addDistinct(entry.variants, name, [mayor[0], `${mayor[0]}'s Office`]);
        entry.note = `the commissioner's functions passed to the ${mayor[0]} in ${mayor[1]}`;
      }
      return entry;
    });
}
