import { agencySpellingKey } from '../library/agencyKey';
import type { AgencyEntry } from './agencyTypes';

/** An entry's name, area and other spellings as `agencySpellingKey` makes them: what the catalogue matches on. */
export interface EntrySpellingKeys {
  name: string;
  area: string;
  abbreviations: readonly string[];
  variants: readonly string[];
}

export function computeSpellingKeys(entry: AgencyEntry): EntrySpellingKeys {
  return {
    name: agencySpellingKey(entry.name),
    area: agencySpellingKey(entry.area),
    abbreviations: entry.abbreviations.map((text) => agencySpellingKey(text)),
    variants: entry.variants.map((text) => agencySpellingKey(text)),
  };
}

/** The keys of one catalogue layer's entries, by their index in the layer, each part read or made when first asked for. */
export interface LayerSpellingKeys {
  name(index: number): string;
  area(index: number): string;
  all(index: number): EntrySpellingKeys;
}

/** A layer's keys made here, entry by entry (a workspace catalogue's). */
export class ComputedLayerKeys implements LayerSpellingKeys {
  private readonly made: EntrySpellingKeys[] = [];

  constructor(private readonly entries: readonly AgencyEntry[]) {}

  name(index: number): string {
    return this.all(index).name;
  }

  area(index: number): string {
    return this.all(index).area;
  }

  all(index: number): EntrySpellingKeys {
    return (this.made[index] ??= computeSpellingKeys(this.entries[index]));
  }
}

/**
 * A layer's keys as the build stores them, one a line (see packedKey): names, areas, and every
 * entry's abbreviations then variants, entry after entry. agencySpellingKey makes every run of
 * other characters one space, so no key holds a line break.
 */
export interface PackedSpellingKeys {
  names: string;
  areas: string;
  spellings: string;
}

/**
 * A key as stored: nothing when it is the text in lower case (nine keys in ten: "essex police"),
 * "-" when it is empty (a key never holds a hyphen), else the key. The catalogue's keys take
 * 100 KB instead of 470 KB of the bundle, and of the server's memory.
 */
function packedKey(text: string, key: string): string {
  if (key === text.toLowerCase()) return '';
  return key === '' ? '-' : key;
}

function unpackedKey(text: string, line: string): string {
  if (line === '') return text.toLowerCase();
  return line === '-' ? '' : line;
}

export function packSpellingKeys(entries: readonly AgencyEntry[]): PackedSpellingKeys {
  const lines = (texts: (entry: AgencyEntry) => readonly string[], keys: (keys: EntrySpellingKeys) => readonly string[]) =>
    entries.flatMap((entry) => {
      const entryKeys = keys(computeSpellingKeys(entry));
      return texts(entry).map((text, i) => packedKey(text, entryKeys[i]));
    });
  return {
    names: lines(
      (entry) => [entry.name],
      (keys) => [keys.name],
    ).join('\n'),
    areas: lines(
      (entry) => [entry.area],
      (keys) => [keys.area],
    ).join('\n'),
    spellings: lines(
      (entry) => [...entry.abbreviations, ...entry.variants],
      (keys) => [...keys.abbreviations, ...keys.variants],
    ).join('\n'),
  };
}

/** How many keys a layer has: what the build's keys are checked against before they are trusted. */
export function spellingCount(entries: readonly AgencyEntry[]): number {
  return entries.reduce((sum, entry) => sum + 1 + entry.abbreviations.length + entry.variants.length, 0);
}

/** The build's keys of a layer, each list split into lines when first needed (most look-ups need only the names). */
export class PackedLayerKeys implements LayerSpellingKeys {
  private readonly names: string[];
  private areas: string[] | undefined;
  private spellings: { lines: string[]; starts: number[] } | undefined;
  private readonly made: EntrySpellingKeys[] = [];

  constructor(
    private readonly entries: readonly AgencyEntry[],
    private readonly packed: PackedSpellingKeys,
  ) {
    this.names = packed.names.split('\n');
  }

  name(index: number): string {
    return unpackedKey(this.entries[index].name, this.names[index]);
  }

  area(index: number): string {
    this.areas ??= this.packed.areas.split('\n');
    return unpackedKey(this.entries[index].area, this.areas[index]);
  }

  all(index: number): EntrySpellingKeys {
    return (this.made[index] ??= this.read(index));
  }

  private read(index: number): EntrySpellingKeys {
    if (!this.spellings) {
      const starts: number[] = [];
      let at = 0;
      for (const entry of this.entries) {
        starts.push(at);
        at += entry.abbreviations.length + entry.variants.length;
      }
      this.spellings = { lines: this.packed.spellings.split('\n'), starts };
    }
    const { lines, starts } = this.spellings;
    const entry = this.entries[index];
    const abbreviationsEnd = starts[index] + entry.abbreviations.length;
    return {
      name: this.name(index),
      area: this.area(index),
      abbreviations: entry.abbreviations.map((text, i) => unpackedKey(text, lines[starts[index] + i])),
      variants: entry.variants.map((text, i) => unpackedKey(text, lines[abbreviationsEnd + i])),
    };
  }
}
