import { packWordMap, type PackedWords, type PackedWordTable } from '../packedWords';
import type { AgencyEntry, MatchedAs } from './agencyTypes';
import {
  ComputedLayerKeys,
  packSpellingKeys,
  spellingCount,
  type EntrySpellingKeys,
  type LayerSpellingKeys,
  type PackedSpellingKeys,
} from './spellingKeys';

/** One way of writing an entry, and where it stands in the catalogue. */
export interface IndexedSpelling {
  entry: AgencyEntry;
  /** The entry's place in the catalogue's entries. */
  position: number;
  text: string;
  key: string;
  matchedAs: MatchedAs;
}

export interface SpellingHit {
  entry: AgencyEntry;
  matchedAs: MatchedAs;
}

/**
 * The order the index is filled in, a later spelling of the same key winning: abbreviations and
 * variants first, canonical names last, so a name always wins over a spelling.
 */
const phases: readonly MatchedAs[] = ['abbreviation', 'variant', 'name'];
const phaseLetters: Record<MatchedAs, string> = { abbreviation: 'a', variant: 'v', name: 'n' };
const phaseOfLetter: Record<string, MatchedAs> = { a: 'abbreviation', v: 'variant', n: 'name' };

/** Where each of a catalogue's entries comes from: its layer, and its index there. */
export interface EntryOrigin {
  layer: number;
  index: number;
}

/**
 * The entries of `layers`, one per name key: a later layer's entry replaces an earlier one of the
 * same name in its place, so a workspace catalogue can correct the built-in one.
 */
export function entriesByName(
  layers: ReadonlyArray<readonly AgencyEntry[]>,
  keys: readonly LayerSpellingKeys[],
): { entries: AgencyEntry[]; origins: EntryOrigin[] } {
  const byName = new Map<string, EntryOrigin>();
  layers.forEach((layer, layerIndex) => {
    for (let index = 0; index < layer.length; index++) byName.set(keys[layerIndex].name(index), { layer: layerIndex, index });
  });
  const origins = [...byName.values()];
  return { entries: origins.map((origin) => layers[origin.layer][origin.index]), origins };
}

/** Every spelling of the entries at `positions` (all by default), in the order the index is filled; empty keys left out. */
export function* spellingsInOrder(
  entries: readonly AgencyEntry[],
  keysAt: (position: number) => EntrySpellingKeys,
  positions?: readonly number[],
): Generator<IndexedSpelling> {
  for (const matchedAs of phases) {
    for (const position of positions ?? entries.keys()) {
      const entry = entries[position];
      const keys = keysAt(position);
      const [texts, textKeys] =
        matchedAs === 'name'
          ? [[entry.name], [keys.name]]
          : matchedAs === 'abbreviation'
            ? [entry.abbreviations, keys.abbreviations]
            : [entry.variants, keys.variants];
      for (let i = 0; i < texts.length; i++) if (textKeys[i]) yield { entry, position, text: texts[i], key: textKeys[i], matchedAs };
    }
  }
}

/** What the build stores of the built-in catalogue (server/src/generated/builtinSpellings.ts). */
export interface PrecomputedSpellings {
  /** How many entries, and spellings (names included), it was made for. */
  entries: number;
  spellings: number;
  keys: PackedSpellingKeys;
  /**
   * Its index once entries of the same name are merged: each key with every spelling that has it,
   * in filling order, as "<position in base 36><a|v|n>" joined by commas. Every spelling, not only
   * the winner: when a workspace entry replaces a built-in one, the next one down wins.
   */
  index: PackedWords;
}

/** Normalises and indexes a first layer at build time, with the functions the catalogue uses at run time. */
export function precomputeSpellings(layer: readonly AgencyEntry[]): PrecomputedSpellings {
  const keys = new ComputedLayerKeys(layer);
  const { entries, origins } = entriesByName([layer], [keys]);
  const records = new Map<string, string>();
  for (const spelling of spellingsInOrder(entries, (position) => keys.all(origins[position].index))) {
    const record = spelling.position.toString(36) + phaseLetters[spelling.matchedAs];
    const before = records.get(spelling.key);
    records.set(spelling.key, before === undefined ? record : `${before},${record}`);
  }
  return { entries: layer.length, spellings: spellingCount(layer), keys: packSpellingKeys(layer), index: packWordMap(records) };
}

/** A first layer's keys and index as the build made them, with the very entries they were made for. */
export interface PrecomputedLayer {
  layer: readonly AgencyEntry[];
  keys: LayerSpellingKeys;
  index: PackedWordTable;
}

/** Later wins: the phase, then the place in the entries. */
function rank(matchedAs: MatchedAs, position: number): number {
  return phases.indexOf(matchedAs) * 2 ** 24 + position;
}

/**
 * Key → the entry a spelling names, the last spelling with that key in filling order. The first
 * layer's part can come packed from the build (`packed`, made by precomputeSpellings for that
 * layer): then only the other entries (a workspace's, and those that replaced a first-layer
 * entry) are indexed here, on the first look-up.
 */
export class SpellingIndex {
  private own: Map<string, SpellingHit & { rank: number }> | undefined;

  constructor(
    private readonly entries: readonly AgencyEntry[],
    private readonly origins: readonly EntryOrigin[],
    private readonly keysAt: (position: number) => EntrySpellingKeys,
    private readonly packed: PackedWordTable | undefined,
  ) {}

  get(key: string): SpellingHit | undefined {
    const own = this.ownIndex().get(key);
    const packed = this.packedHit(key);
    if (!packed) return own;
    return own && own.rank > packed.rank ? own : packed;
  }

  /** True for the positions the packed index speaks for: the first layer's entries, none replaced (they keep their place). */
  private isPacked(position: number): boolean {
    return this.packed !== undefined && this.origins[position].layer === 0;
  }

  private ownIndex(): Map<string, SpellingHit & { rank: number }> {
    if (this.own) return this.own;
    const positions = [...this.entries.keys()].filter((position) => !this.isPacked(position));
    this.own = new Map();
    for (const spelling of spellingsInOrder(this.entries, this.keysAt, positions)) {
      this.own.set(spelling.key, {
        entry: spelling.entry,
        matchedAs: spelling.matchedAs,
        rank: rank(spelling.matchedAs, spelling.position),
      });
    }
    return this.own;
  }

  private packedHit(key: string): (SpellingHit & { rank: number }) | undefined {
    const records = this.packed?.get(key);
    if (!records) return undefined;
    // The last record whose entry is still the first layer's.
    for (let end = records.length; end > 0;) {
      const start = records.lastIndexOf(',', end - 1) + 1;
      const position = parseInt(records.slice(start, end - 1), 36);
      const matchedAs = phaseOfLetter[records[end - 1]];
      if (this.isPacked(position)) return { entry: this.entries[position], matchedAs, rank: rank(matchedAs, position) };
      end = start - 1;
    }
    return undefined;
  }
}
