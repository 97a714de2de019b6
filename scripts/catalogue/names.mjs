// Shared helpers for the catalogue generators: reading CSVs, name keys, distinct spellings, title case.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';

export function readCsv(path) {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
}

export const normal = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');

/** Adds `names` to `list` unless an equal (normalised) name is already there or is the canonical name. */
export function addDistinct(list, canonical, names) {
  const seen = new Set([normal(canonical), ...list.map(normal)]);
  for (const name of names) {
    if (!name || seen.has(normal(name))) continue;
    seen.add(normal(name));
    list.push(name);
  }
}

const small = new Set(['and', 'of', 'the', 'on', 'upon', 'in', 'for', 'at', 'with', 'le', 'under']);
const upper = new Set(['NHS', 'UK', 'HM', 'ICB', 'CCG', 'CIC', 'II']);

/** "KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST" → "King's College Hospital NHS Foundation Trust". */
export function titleCase(text) {
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => {
          if (upper.has(part.toUpperCase())) return part.toUpperCase();
          if ((i > 0 || j > 0) && small.has(part)) return part;
          return part.replace(/^(\W*)(\w)/, (_, lead, first) => lead + first.toUpperCase());
        })
        .join('-'),
    )
    .join(' ');
}

/** An entry with empty fields left out, so the generated file stays small. */
export function compact(entry) {
  const out = { name: entry.name, kind: entry.kind };
  if (entry.abbreviations?.length) out.abbreviations = entry.abbreviations;
  if (entry.variants?.length) out.variants = entry.variants;
  if (entry.area) out.area = entry.area;
  if (entry.source) out.source = entry.source;
  if (entry.note) out.note = entry.note;
  if (entry.branchForms?.length) out.branchForms = entry.branchForms;
  return out;
}
