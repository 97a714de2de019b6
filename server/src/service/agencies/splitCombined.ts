import type { AgencyCatalogue } from './catalogue';

const hardSeparator = /\s*[|;]\s*/;
const softSeparator = /\s*(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s*\/\s*)/g;

/**
 * The agencies in one item that names several: "EPUT | Essex Adult Social Care" (a pipe or a
 * semicolon always separates), or "EPUT and Essex Adult Social Care", "ESAB / SETDAB",
 * "A, B and C" when every piece is a known agency and the whole is not one ("Southend, Essex and
 * Thurrock Domestic Abuse Board" stays one). Undefined when the item names one agency.
 */
export function splitCombined(written: string, catalogue: AgencyCatalogue): string[] | undefined {
  if (hardSeparator.test(written)) {
    const parts = written
      .split(hardSeparator)
      .map((part) => part.trim())
      .filter(Boolean);
    return parts.length >= 2 ? parts : undefined;
  }
  if (catalogue.lookup(written)) return undefined;
  const separators = [...written.matchAll(softSeparator)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (separators.length === 0 || separators.length > 12) return undefined;
  // Pieces between separators; the first partition in which every piece is known wins.
  const known = (from: number, to: number): boolean => to > from && catalogue.lookup(written.slice(from, to)) !== undefined;
  const best = new Map<number, string[] | null>();
  const solve = (from: number): string[] | null => {
    if (best.has(from)) return best.get(from)!;
    let result: string[] | null = null;
    if (from > 0 && known(from, written.length)) result = [written.slice(from).trim()];
    for (const separator of separators) {
      if (result) break;
      if (separator.start <= from || !known(from, separator.start)) continue;
      const rest = solve(separator.end);
      if (rest) result = [written.slice(from, separator.start).trim(), ...rest];
    }
    best.set(from, result);
    return result;
  };
  const parts = solve(0);
  return parts && parts.length >= 2 ? parts : undefined;
}
