// Registered providers of social housing (the Regulator of Social Housing's list), without the
// councils on it (they are councils): "Clarion Housing Association Limited" is written "Clarion
// Housing Association" or "Clarion Housing", so the legal suffix and the housing words vary.
import { addDistinct, readCsv } from './names.mjs';

const legalSuffix = /,?\s+(Limited|Ltd\.?|plc|PLC|CIC|C\.I\.C\.|LLP|Incorporated)$/;

function spellings(name) {
  const base = name
    .replace(/\s*\(The\)$/, '')
    .replace(legalSuffix, '')
    .replace(legalSuffix, '')
    .replace(/^The /, '')
    .trim();
  const out = [base];
  const housing = /^(.+?)\s+(Housing Association|Housing Group|Housing Trust|Housing Society|Homes Group|Group|Housing)$/.exec(base);
  if (housing) {
    const stem = housing[1];
    out.push(`${stem} Housing`, `${stem} Housing Association`, `${stem} Housing Group`, `${stem} Group`);
    // A bare stem ("Clarion") is how many write it, but one word alone is too easily another body.
    if (stem.includes(' ')) out.push(stem);
  }
  return out;
}

export function housingEntries(path, source) {
  const entries = new Map();
  for (const row of readCsv(path)) {
    if (row.designation === 'Local authority') continue;
    const [base, ...others] = spellings(row.name);
    const key = base.toLowerCase();
    if (entries.has(key)) continue;
    const entry = {
      name: base,
      kind: 'housing provider',
      abbreviations: [],
      variants: [],
      area: 'England',
      source,
      note: `registered provider ${row.registration} since ${row.registered}`,
    };
    addDistinct(entry.variants, base, [row.name, ...others]);
    entries.set(key, entry);
  }
  return [...entries.values()];
}
