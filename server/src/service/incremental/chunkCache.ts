/**
 * One feature's results for a document, kept from version to version: a part for each
 * recommendation, by the text of its lines (its chunk, see recommendationChunks.ts), and the frame
 * (what lies outside the list), by the text before and after the list. A part is placed by the
 * line its recommendation starts on, so an unchanged recommendation's part stands wherever an edit
 * above it moved it.
 */
export class ChunkCache<Part, Frame> {
  /** The last version's chunks in order, each with its own copy of the text (see ownCopy) as key. */
  private order: Entry<Part>[] = [];
  private byText = new Map<string, Entry<Part>>();
  private framed: { before: string; after: string; frame: Frame } | undefined;
  /** What the last `parts` call found, for `keep` to reuse the keys of. */
  private found: { chunks: readonly string[]; entries: Array<Entry<Part> | undefined> } | undefined;

  frame(before: string, after: string): Frame | undefined {
    const framed = this.framed;
    return framed && framed.before === before && framed.after === after ? framed.frame : undefined;
  }

  /**
   * Each chunk's kept part, if any. The chunks before and after an edit stand where they stood, so
   * they are compared in place, from either end (comparing 400 KB costs a tenth of hashing it);
   * the others are looked up by their text.
   */
  parts(chunks: readonly string[]): Array<Part | undefined> {
    const old = this.order;
    const entries: Array<Entry<Part> | undefined> = new Array(chunks.length);
    let head = 0;
    while (head < chunks.length && head < old.length && chunks[head] === old[head].key) {
      entries[head] = old[head];
      head++;
    }
    let tail = 0;
    while (tail < chunks.length - head && tail < old.length - head && chunks[chunks.length - 1 - tail] === old[old.length - 1 - tail].key) {
      entries[chunks.length - 1 - tail] = old[old.length - 1 - tail];
      tail++;
    }
    for (let i = head; i < chunks.length - tail; i++) entries[i] = this.byText.get(chunks[i]);
    this.found = { chunks, entries };
    return entries.map((entry) => entry?.part);
  }

  /** Keeps exactly these chunks' parts (the current version's), so the cache never holds more than one file's worth. */
  keep(chunks: readonly string[], parts: readonly Part[]): void {
    const found = this.found?.chunks === chunks ? this.found.entries : undefined;
    this.found = undefined;
    if (found && chunks.length === this.order.length && found.every((entry, i) => entry === this.order[i] && entry.part === parts[i]))
      return;
    const order = chunks.map((chunk, i) => ({ key: found?.[i]?.key ?? this.byText.get(chunk)?.key ?? ownCopy(chunk), part: parts[i] }));
    this.order = order;
    this.byText = new Map(order.map((entry) => [entry.key, entry]));
  }

  /** Replaces everything with one version's frame and parts. */
  seed(before: string, after: string, frame: Frame, chunks: readonly string[], parts: readonly Part[]): void {
    this.framed = { before: ownCopy(before), after: ownCopy(after), frame };
    this.keep(chunks, parts);
  }

  clear(): void {
    this.order = [];
    this.byText.clear();
    this.framed = undefined;
    this.found = undefined;
  }
}

interface Entry<Part> {
  key: string;
  part: Part;
}

/** A document's chunk caches, one per feature (the feature's own object is its key). */
export class ChunkCaches {
  private readonly caches = new Map<object, ChunkCache<unknown, unknown>>();

  of<Part, Frame>(feature: object): ChunkCache<Part, Frame> {
    let cache = this.caches.get(feature);
    if (!cache) this.caches.set(feature, (cache = new ChunkCache()));
    return cache as ChunkCache<Part, Frame>;
  }
}

/**
 * A copy of `text` that does not hold on to the string it was sliced from. V8 makes a slice of a
 * long string a view of it: kept as a key, a 400-character chunk would keep its whole version of
 * the file alive (400 KB each, one per edited recommendation). Joining it to another string and
 * slicing that copies its characters once.
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
