import { distance } from 'fastest-levenshtein';
import { agencySpellingKey } from '../library/agencyKey';
import type { AgencyEntry, AgencyMatch, MatchedAs } from './agencyTypes';
import {
  bracketed,
  cspBrandPlace,
  isCollectiveAddressee,
  isPlaceName,
  localBodyForm,
  safeguardingBoardArea,
  serviceDescriptionFirstWord,
  serviceOwner,
  undecorated,
} from './addresseePatterns';
import { collectiveForms, collectiveName } from './collectiveForms';
import {
  entriesByName,
  SpellingIndex,
  spellingsInOrder,
  type EntryOrigin,
  type IndexedSpelling,
  type PrecomputedLayer,
} from './spellingIndex';
import { ComputedLayerKeys, type EntrySpellingKeys, type LayerSpellingKeys } from './spellingKeys';

export interface SearchResult {
  entry: AgencyEntry;
  /** Lower is better; results are sorted by it. */
  score: number;
  /** The abbreviation or spelling the query matched, when it was not the canonical name. */
  matched?: string;
}

const kindRank: Record<string, number> = {
  collective: 0,
  'safeguarding board': 1,
  council: 1,
  'NHS trust': 1,
  'health board': 1,
  ICB: 1,
  'local authority service': 1,
  police: 2,
  'police and crime commissioner': 2,
  probation: 2,
  'national body': 2,
  'voluntary sector': 3,
  CSP: 4,
  'housing provider': 4,
  university: 4,
};

/**
 * The agencies a summary may address: lookup by canonical name, abbreviation or known spelling
 * (case, punctuation, "&"/"and" and a leading "the" ignored), "did you mean" for near misses, and
 * word search for completion. Later entries override earlier ones with the same name, so a
 * workspace catalogue can correct the built-in one.
 */
export class AgencyCatalogue {
  readonly entries: readonly AgencyEntry[];
  /** Each entry's layer and index there, and each layer's spelling keys: the build's for the built-in layer. */
  private readonly origins: readonly EntryOrigin[];
  private readonly layerKeys: readonly LayerSpellingKeys[];
  private readonly spellings: SpellingIndex;
  private names: IndexedSpelling[] | undefined;
  private areas: Set<string> | undefined;
  private cspByArea: Map<string, AgencyEntry> | undefined;
  private branchPatterns: Array<{ entry: AgencyEntry; pattern: RegExp; areaFirst: boolean }> | undefined;

  private keys: EntryKeys[] | undefined;

  /** Normalised forms of every entry's names, made on the first search. */
  private searchKeys(): EntryKeys[] {
    this.keys ??= this.entries.map((entry, position) => {
      const keys = this.keysAt(position);
      return {
        entry,
        name: keys.name,
        nameWords: keys.name.split(' '),
        abbreviations: entry.abbreviations.map((text, i) => ({ text, key: keys.abbreviations[i] })),
        variants: entry.variants.map((text, i) => ({ text, key: keys.variants[i], words: keys.variants[i].split(' ') })),
      };
    });
    return this.keys;
  }

  /**
   * `builtin`, when given, is what the build made of `layers[0]` (the built-in catalogue): its
   * spelling keys and index, so only the entries of later layers are normalised and indexed here.
   * It is ignored for any other first layer.
   */
  constructor(layers: ReadonlyArray<readonly AgencyEntry[]>, builtin?: PrecomputedLayer) {
    const precomputed = builtin && builtin.layer === layers[0] ? builtin : undefined;
    this.layerKeys = layers.map((layer, index) => (index === 0 && precomputed ? precomputed.keys : new ComputedLayerKeys(layer)));
    const { entries, origins } = entriesByName(layers, this.layerKeys);
    this.entries = entries;
    this.origins = origins;
    this.spellings = new SpellingIndex(entries, origins, (position) => this.keysAt(position), precomputed?.index);
  }

  private keysAt(position: number): EntrySpellingKeys {
    const origin = this.origins[position];
    return this.layerKeys[origin.layer].all(origin.index);
  }

  private areaKeyAt(position: number): string {
    const origin = this.origins[position];
    return this.layerKeys[origin.layer].area(origin.index);
  }

  /** Every name and variant of every entry in filling order, for near misses: made on the first one. */
  private spelledNames(): IndexedSpelling[] {
    this.names ??= [...spellingsInOrder(this.entries, (position) => this.keysAt(position))].filter(
      (spelling) => spelling.matchedAs !== 'abbreviation',
    );
    return this.names;
  }

  /** The keys of the places entries serve (council areas, police areas, ICB areas), for "<area> Safeguarding Adults Board". */
  private areaKeys(): Set<string> {
    if (!this.areas) {
      this.areas = new Set();
      for (const [position, entry] of this.entries.entries())
        if (entry.area && entry.kind !== 'housing provider') this.areas.add(this.areaKeyAt(position));
    }
    return this.areas;
  }

  /** The entry a written name stands for, directly or as a collective form of a known agency. */
  lookup(written: string): AgencyMatch | undefined {
    const direct = this.lookupDirect(written);
    if (direct) return direct;
    for (const form of collectiveForms) {
      const part = form.agencyPart(written);
      const inner = part === undefined ? undefined : this.lookupDirect(part);
      if (!inner || inner.entry.kind === 'collective') continue;
      const canonical = collectiveName(form.role, inner.entry.name);
      const entry: AgencyEntry = {
        name: canonical,
        abbreviations: [],
        variants: [],
        kind: 'collective',
        area: inner.entry.area,
        source: `${form.role.toLowerCase()} of a catalogue agency (${inner.entry.source})`,
        origin: inner.entry.origin,
      };
      const exact = written.trim() === canonical;
      return {
        entry,
        matchedAs: exact ? 'name' : inner.matchedAs === 'name' ? 'variant' : inner.matchedAs,
        canonical,
        exact,
        collectiveOf: inner,
      };
    }
    return this.lookupByShape(written);
  }

  /**
   * Addressees known by their shape (see addresseePatterns.ts): a name with its abbreviation in
   * brackets, a service of a known body or place, an area's standing body, a former CCG, a role.
   * They are taken as written: there is no one canonical spelling to suggest.
   */
  private lookupByShape(written: string): AgencyMatch | undefined {
    const text = written.trim();
    const plain = undecorated(text);
    if (plain) {
      const inner = this.lookupDirect(plain) ?? this.lookupDirect(bracketed(text) ?? '');
      if (inner) return { ...inner, matchedAs: inner.matchedAs === 'name' ? 'variant' : inner.matchedAs, exact: false };
    }
    const brandPlace = cspBrandPlace(text);
    const csp = brandPlace === undefined ? undefined : this.findCsp(brandPlace);
    if (csp) return { entry: csp, matchedAs: 'variant', canonical: csp.name, exact: false };
    const branch = this.branchOf(text);
    if (branch)
      return this.asWritten(text, branch.entry.kind, branch.area, `local branch of ${branch.entry.name} (${branch.entry.source})`);
    const owner = serviceOwner(text);
    if (owner) {
      const body = this.lookupDirect(owner);
      const area = body ? body.entry.area : this.isArea(owner) ? owner : undefined;
      if (area !== undefined && (!body || ['council', 'NHS trust', 'health board', 'police', 'ICB', 'CSP'].includes(body.entry.kind))) {
        return this.asWritten(text, 'local authority service', area, `a service of ${body ? body.entry.name : area}`);
      }
    }
    const local = localBodyForm(text);
    if (local && this.isArea(local.area))
      return this.asWritten(text, local.kind, local.area, `${local.what} of an area the catalogue knows`);
    const boardArea = safeguardingBoardArea(text);
    // Where the catalogue lists the area's own board, another spelling is more likely a slip of its name: did-you-mean shows it.
    if (boardArea !== undefined && !this.hasSafeguardingBoard(boardArea))
      return this.asWritten(text, 'safeguarding board', boardArea, 'the statutory naming form of a safeguarding board or partnership');
    const ccg = /^(?:NHS\s+)?(.+?)\s+(?:CCG|Clinical Commissioning Group)$/i.exec(text);
    if (ccg && this.isArea(ccg[1]))
      return this.asWritten(
        text,
        'ICB',
        ccg[1],
        'former clinical commissioning group of an area the catalogue knows; its work passed to the integrated care board in July 2022',
      );
    if (isCollectiveAddressee(text)) return this.asWritten(text, 'collective', '', 'a role or collective addressee');
    const firstWord = serviceDescriptionFirstWord(text);
    // "Essex safeguarding board" starts with a place: a name written in sentence case, not a description.
    if (firstWord !== undefined && !this.isArea(firstWord) && !this.lookupDirect(firstWord))
      return this.asWritten(text, 'collective', '', 'a description of a kind of service');
    return undefined;
  }

  /** True when the catalogue lists a safeguarding board of this area. */
  private hasSafeguardingBoard(area: string): boolean {
    const key = agencySpellingKey(area);
    return this.entries.some((entry, position) => entry.kind === 'safeguarding board' && this.areaKeyAt(position) === key);
  }

  /**
   * A local branch of a national federation by one of the forms its entry lists ("Citizens
   * Advice Leeds"). A form that starts with the brand takes any place name; one that starts with
   * the place ("Leeds Mind") needs a place the catalogue knows, since its brand is an ordinary word.
   */
  private branchOf(text: string): { entry: AgencyEntry; area: string } | undefined {
    this.branchPatterns ??= this.entries.flatMap((entry) =>
      (entry.branchForms ?? []).map((form) => {
        const [before, after] = form.split('<area>').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
        return { entry, pattern: new RegExp(`^(?:the\\s+)?${before}(.+?)${after ?? ''}$`, 'i'), areaFirst: form.startsWith('<area>') };
      }),
    );
    for (const { entry, pattern, areaFirst } of this.branchPatterns) {
      const area = pattern.exec(text)?.[1]?.trim();
      if (area && (areaFirst ? this.isArea(area) : isPlaceName(area) || this.isArea(area))) return { entry, area };
    }
    return undefined;
  }

  /** True for a place the catalogue serves, alone or several joined ("Southend, Essex and Thurrock"). */
  private isArea(text: string): boolean {
    const keys = this.areaKeys();
    const key = agencySpellingKey(text);
    if (keys.has(key)) return true;
    const parts = text
      .split(/\s*(?:,|&|\band\b)\s*/)
      .map(agencySpellingKey)
      .filter(Boolean);
    return parts.length > 1 && parts.every((part) => keys.has(part));
  }

  private asWritten(text: string, kind: AgencyEntry['kind'], area: string, how: string): AgencyMatch {
    const entry: AgencyEntry = { name: text, abbreviations: [], variants: [], kind, area, source: `recognised by its form: ${how}` };
    return { entry, matchedAs: 'name', canonical: text, exact: true };
  }

  private lookupDirect(written: string): AgencyMatch | undefined {
    const indexed = this.spellings.get(agencySpellingKey(written));
    if (!indexed) return undefined;
    const exact = written.trim() === indexed.entry.name;
    // "the Essex Safeguarding Adults Board" is the name, written a little differently.
    const matchedAs: MatchedAs = exact || indexed.matchedAs !== 'name' ? indexed.matchedAs : 'variant';
    return { entry: indexed.entry, matchedAs, canonical: indexed.entry.name, exact };
  }

  /**
   * A known name close enough to `written` to be a slip ("Essex Safeguarding Board" for
   * "Essex Safeguarding Adults Board"). Short texts get no guess: a wrong abbreviation is more
   * likely another agency than a typo.
   */
  suggest(written: string, accept: (entry: AgencyEntry) => boolean = () => true): { entry: AgencyEntry; similarTo: string } | undefined {
    const key = agencySpellingKey(written);
    if (key.length < 6 || key.length > 200) return undefined;
    const limit = Math.max(2, Math.floor(key.length / 4));
    const words = key.split(' ');
    let best: { indexed: IndexedSpelling; distance: number } | undefined;
    for (const indexed of this.spelledNames()) {
      if (!accept(indexed.entry)) continue;
      // A name with a word or two left out ("Essex Safeguarding Board") is a near miss however long the word.
      const leftOut = words.length >= 2 && wordsLeftOut(words, indexed.key.split(' '));
      if (Math.abs(indexed.key.length - key.length) > limit && !leftOut) continue;
      const d = distance(key, indexed.key);
      if ((d <= limit || leftOut) && (!best || d < best.distance)) best = { indexed, distance: d };
    }
    return best && { entry: best.indexed.entry, similarTo: best.indexed.text };
  }

  /** The CSP a `csp` value names: its place ("Uttlesford"), its full name, or another spelling. */
  findCsp(written: string): AgencyEntry | undefined {
    const key = agencySpellingKey(written);
    // The CSPs by the key of their place, built on first use (checking a csp runs on every edit).
    if (!this.cspByArea) {
      this.cspByArea = new Map();
      for (const [position, entry] of this.entries.entries()) {
        const areaKey = entry.kind === 'CSP' ? this.areaKeyAt(position) : undefined;
        if (areaKey !== undefined && !this.cspByArea.has(areaKey)) this.cspByArea.set(areaKey, entry);
      }
    }
    const byArea = this.cspByArea.get(key);
    if (byArea) return byArea;
    for (const candidate of [written, `${written} Community Safety Partnership`]) {
      const match = this.lookupDirect(candidate);
      if (match?.entry.kind === 'CSP') return match.entry;
    }
    return undefined;
  }

  /** A CSP whose place name is close to `written` ("Westshire" → Wiltshire). */
  suggestCspArea(written: string): AgencyEntry | undefined {
    const key = agencySpellingKey(written);
    if (key.length < 4) return undefined;
    const limit = Math.max(1, Math.floor(key.length / 4));
    let best: { entry: AgencyEntry; distance: number } | undefined;
    for (const [position, entry] of this.entries.entries()) {
      if (entry.kind !== 'CSP' || !entry.area) continue;
      const areaKey = this.areaKeyAt(position);
      if (Math.abs(areaKey.length - key.length) > limit) continue;
      const d = distance(key, areaKey);
      if (d <= limit && (!best || d < best.distance)) best = { entry, distance: d };
    }
    return best?.entry;
  }

  /**
   * Entries for a half-typed name, best first: an abbreviation typed in full, then names that
   * start with the text, then names containing every typed word as the start of a word ("adults
   * board" finds Essex Safeguarding Adults Board), then the same against other spellings.
   */
  search(query: string, accept: (entry: AgencyEntry) => boolean = () => true): SearchResult[] {
    const key = agencySpellingKey(query);
    const words = key.split(' ').filter(Boolean);
    const results: SearchResult[] = [];
    for (const keys of this.searchKeys()) {
      if (!accept(keys.entry)) continue;
      const scored = scoreEntry(keys, key, words);
      if (scored) results.push({ entry: keys.entry, ...scored });
    }
    return results.sort(
      (a, b) =>
        a.score - b.score ||
        (kindRank[a.entry.kind] ?? 5) - (kindRank[b.entry.kind] ?? 5) ||
        a.entry.name.length - b.entry.name.length ||
        a.entry.name.localeCompare(b.entry.name),
    );
  }
}

interface EntryKeys {
  entry: AgencyEntry;
  name: string;
  nameWords: string[];
  abbreviations: Array<{ text: string; key: string }>;
  variants: Array<{ text: string; key: string; words: string[] }>;
}

function scoreEntry(keys: EntryKeys, key: string, words: string[]): { score: number; matched?: string } | undefined {
  if (!key) return { score: 50 };
  for (const abbreviation of keys.abbreviations) if (abbreviation.key === key) return { score: 0, matched: abbreviation.text };
  if (keys.name.startsWith(key)) return { score: 10 };
  for (const abbreviation of keys.abbreviations) if (abbreviation.key.startsWith(key)) return { score: 15, matched: abbreviation.text };
  const nameScore = wordScore(keys.nameWords, words);
  if (nameScore !== undefined) return { score: 20 + nameScore };
  for (const variant of keys.variants) {
    const variantScore = variant.key.startsWith(key) ? 0 : wordScore(variant.words, words);
    if (variantScore !== undefined) return { score: 30 + variantScore, matched: variant.text };
  }
  if (keys.name.includes(key)) return { score: 40 };
  return undefined;
}

/** True when `candidate` is `typed` with one or two whole words left out, the rest in order. */
function wordsLeftOut(typed: string[], candidate: string[]): boolean {
  const extra = candidate.length - typed.length;
  if (extra < 1 || extra > 2) return false;
  let at = 0;
  for (const word of candidate) if (at < typed.length && word === typed[at]) at++;
  return at === typed.length;
}

/** 0 when the typed words start words of the name in order, 1 in any order; undefined if not all do. */
function wordScore(nameWords: readonly string[], typedWords: string[]): number | undefined {
  let inOrder = true;
  let from = 0;
  for (const typed of typedWords) {
    const at = nameWords.findIndex((word, i) => i >= from && word.startsWith(typed));
    if (at >= 0) {
      from = at + 1;
      continue;
    }
    inOrder = false;
    if (!nameWords.some((word) => word.startsWith(typed))) return undefined;
  }
  return inOrder ? 0 : 1;
}
