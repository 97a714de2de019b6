// Universities and other higher education institutions (HESA institution codes, as the DfE lists
// them with their other names); closed ones are left out.
import { readFileSync } from 'node:fs';
import { addDistinct } from './names.mjs';

function swaps(name) {
  const bare = name.replace(/^The /, '');
  const of = /^University of (?:the )?(.+)$/.exec(bare);
  const suffix = /^(.+) University$/.exec(bare);
  return [bare, of ? `${of[1]} University` : '', suffix ? `University of ${suffix[1]}` : ''].filter(Boolean);
}

export function universityEntries(path, source) {
  const rows = JSON.parse(readFileSync(path, 'utf8'));
  const entries = [];
  for (const row of rows) {
    if (row.closed) continue;
    const name = row.name.replace(/^The /, '');
    const entry = {
      name,
      kind: 'university',
      abbreviations: [],
      variants: [],
      area: '',
      source,
      ...(row.ukprn ? { note: `UKPRN ${row.ukprn}` } : {}),
    };
    for (const synonym of row.synonyms) {
      if (/^[A-Z]{2,6}$/.test(synonym)) addDistinct(entry.abbreviations, name, [synonym]);
      else addDistinct(entry.variants, name, swaps(synonym));
    }
    addDistinct(entry.variants, name, swaps(row.name));
    entries.push(entry);
  }
  return entries;
}
