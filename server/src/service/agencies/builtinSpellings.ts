import { builtinSpellings } from '../../generated/builtinSpellings';
import { PackedWordTable } from '../packedWords';
import { builtinEntries } from './builtinCatalogue';
import type { PrecomputedLayer } from './spellingIndex';
import { PackedLayerKeys, spellingCount } from './spellingKeys';

let loaded: PrecomputedLayer | null | undefined;

/**
 * The built-in catalogue's spelling keys and index as the build made them (normalising and
 * indexing its 17,000 spellings took the server 30 to 160 ms on the first look-up), read on first
 * use. Undefined when they were made for other entries (data/agencies.json changed since the last
 * build): the catalogue then makes them itself, as it does for a workspace's entries.
 */
export function builtinSpellingLayer(): PrecomputedLayer | undefined {
  if (loaded === undefined) {
    const fits = builtinSpellings.entries === builtinEntries.length && builtinSpellings.spellings === spellingCount(builtinEntries);
    loaded = fits
      ? {
          layer: builtinEntries,
          keys: new PackedLayerKeys(builtinEntries, builtinSpellings.keys),
          index: new PackedWordTable(builtinSpellings.index),
        }
      : null;
  }
  return loaded ?? undefined;
}
