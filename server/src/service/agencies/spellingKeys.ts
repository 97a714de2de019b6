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
 * A layer's keys as the build stores them, one a line: names, areas, and every entry's
 * abbreviations then variants, entry after entry. agencySpellingKey makes every run of other
 * characters one space, so no key holds a line break.
 */
export interface PackedSpellingKeys {
  names: string;
  areas: string;
  spellings: string;
}

export function packSpellingKeys(entries: readonly AgencyEntry[]): PackedSpellingKeys {
  const keys = entries.map(computeSpellingKeys);
  return {
    names: keys.map((entry) => entry.name).join('\n'),
    areas: keys.map((entry) => entry.area).join('\n'),
    spellings: keys.flatMap((entry) => [...entry.abbreviations, ...entry.variants]).join('\n'),
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
    return this.names[index];
  }

  area(index: number): string {
    this.areas ??= this.packed.areas.split('\n');
    return this.areas[index];
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
      abbreviations: lines.slice(starts[index], abbreviationsEnd),
      variants: lines.slice(abbreviationsEnd, abbreviationsEnd + entry.variants.length),
    };
  }
}
