// Builds the built-in agency catalogue, data/agencies.json, from the shared reference data
// (police forces; mySociety's UK local authorities, MIT) and the hand-curated entries in
// data/agencies.curated.json. The JSON is committed, so building the extension never needs the
// shared folder; test/unit/catalogueData.test.ts checks it is up to date when the folder exists.
//   node scripts/build-catalogue.mjs            writes data/agencies.json
//   node scripts/build-catalogue.mjs --check    exits 1 if data/agencies.json is stale
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.REVIEW_SUMMARIES_SHARED ?? join(root, '..', 'shared');
const policeCsv = join(shared, 'data', 'police-forces.csv');
const authoritiesCsv = join(shared, 'data', 'uk-local-authorities', 'uk_local_authorities_future.csv');
const curatedFile = join(root, 'data', 'agencies.curated.json');
const outFile = join(root, 'data', 'agencies.json');

export const KINDS = ['police', 'NHS trust', 'ICB', 'local authority service', 'safeguarding board', 'CSP', 'probation', 'national body', 'voluntary sector', 'collective'];

const policeSource = 'police-forces.csv';
const authoritiesSource = 'mySociety UK Local Authority Names and Codes (MIT), uk_local_authorities_future.csv';

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

function readCsv(path) {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
}

const normal = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();

/** Adds `names` to `list` unless an equal (normalised) name is already there or is the canonical name. */
function addDistinct(list, canonical, names) {
  const seen = new Set([normal(canonical), ...list.map(normal)]);
  for (const name of names) {
    if (!name || seen.has(normal(name))) continue;
    seen.add(normal(name));
    list.push(name);
  }
}

/** An all-capitals token such as "GMP" or "CoLP" is an abbreviation; anything else a spelling. */
const isAbbreviation = (s) => /^[A-Za-z&]{2,10}$/.test(s) && (s.match(/[A-Z]/g) ?? []).length >= 2;

function policeEntries() {
  return readCsv(policeCsv).map((row) => {
    const name = row.name;
    const area = name.replace(/\s+(Police Service|Police|Constabulary)$/, '');
    const entry = { name, abbreviations: [], variants: [], kind: 'police', area, source: policeSource };
    const notes = [];
    for (const raw of row.common_abbreviations.split(';').map((s) => s.trim()).filter(Boolean)) {
      const former = /^(.*?)\s*\(name before (\d{4})\)$/.exec(raw);
      if (former) {
        addDistinct(entry.variants, name, [former[1]]);
        notes.push(`called ${former[1]} before ${former[2]}`);
      } else if (isAbbreviation(raw)) addDistinct(entry.abbreviations, name, [raw]);
      else addDistinct(entry.variants, name, [raw]);
    }
    // "Essex Constabulary" / "Kent Constabulary" and the reverse are common informal spellings.
    if (row.kind === 'territorial') addDistinct(entry.variants, name, [`${area} Police`, `${area} Constabulary`]);
    if (row.kind === 'special') notes.push('special police force');
    if (notes.length) entry.note = notes.join('; ');
    return entry;
  });
}

function cleanAltNames(raw) {
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

/**
 * One CSP per district or unitary authority of England and Wales, current and past, plus one per
 * county (county-wide partnerships). A reorganised area keeps its entry, with a note naming what
 * replaced it: older reviews use the old names. Entries with the same name (a county that became
 * a unitary authority of the same name) are merged.
 */
function cspEntries() {
  const rows = readCsv(authoritiesCsv).filter((r) => r.nation === 'England' || r.nation === 'Wales');
  const byCode = new Map(rows.map((r) => [r['local-authority-code'], r]));
  const wanted = rows.filter((r) => r['lower-or-unitary'] === 'True' || r['local-authority-type'] === 'CTY');
  const entries = new Map();
  for (const row of wanted) {
    const area = row['nice-name'];
    const name = `${area} Community Safety Partnership`;
    const entry = entries.get(name) ?? { name, abbreviations: [], variants: [], kind: 'CSP', area, source: authoritiesSource, authorities: [] };
    entries.set(name, entry);
    addDistinct(entry.abbreviations, name, [`${area} CSP`]);
    // Lower-case alt-names are mySociety's lookup keys; "... Council" names are the council itself.
    const places = cleanAltNames(row['alt-names']).filter((s) => /[A-Z]/.test(s) && !/council|corporation/i.test(s));
    addDistinct(entry.variants, name, [...places.map((p) => `${p} Community Safety Partnership`), `Safer ${area} Partnership`]);
    addDistinct(entry.abbreviations, name, places.filter((p) => normal(p) !== normal(area)).map((p) => `${p} CSP`));
    const scope = row['local-authority-type'] === 'CTY' ? 'county' : row['local-authority-type-name'];
    const ended = row['end-date'];
    const successors = row['replaced-by'].split(',').map((c) => byCode.get(c.trim())?.['nice-name']).filter(Boolean);
    const description = ended
      ? `${scope} until ${ended}${successors.length ? `, now ${successors.join(' and ')}` : ''}`
      : `${scope}${row['start-date'] ? ` since ${row['start-date']}` : ''}`;
    entry.authorities.push(`${row['official-name']} (${description})`);
  }
  return [...entries.values()].map(({ authorities, ...entry }) => ({ ...entry, note: authorities.join('; ') }));
}

export function buildCatalogue() {
  const curated = JSON.parse(readFileSync(curatedFile, 'utf8'));
  const generated = [...policeEntries(), ...cspEntries()];
  // A curated entry with the same canonical name replaces the generated one (it knows more).
  const curatedNames = new Set(curated.entries.map((e) => normal(e.name)));
  const entries = [...curated.entries.map((e) => ({ ...e, source: e.source ?? 'curated (data/agencies.curated.json)' })), ...generated.filter((e) => !curatedNames.has(normal(e.name)))];
  for (const entry of entries) {
    if (!KINDS.includes(entry.kind)) throw new Error(`build-catalogue: ${entry.name} has unknown kind "${entry.kind}"`);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return {
    $comment: 'Generated by scripts/build-catalogue.mjs from ../shared/data and data/agencies.curated.json. Do not edit; edit the curated file or the generator. Local authority names: mySociety, MIT licence (data/LICENSE-mysociety-uk-local-authorities).',
    kinds: KINDS,
    entries,
  };
}

export function renderCatalogue() {
  return JSON.stringify(buildCatalogue(), null, 1) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(policeCsv) || !existsSync(authoritiesCsv)) {
    console.error(`build-catalogue: the shared data is not at ${shared} (set REVIEW_SUMMARIES_SHARED)`);
    process.exit(2);
  }
  const text = renderCatalogue();
  if (process.argv.includes('--check')) {
    const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    if (current !== text) {
      console.error('build-catalogue: data/agencies.json is stale; run node scripts/build-catalogue.mjs');
      process.exit(1);
    }
    console.log('data/agencies.json is up to date');
  } else {
    writeFileSync(outFile, text);
    console.log(`data/agencies.json: ${JSON.parse(text).entries.length} entries`);
  }
}
