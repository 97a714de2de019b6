import type { Position, Range } from 'vscode-languageserver-types';
import { LineIndex } from './lineIndex';
import { textChange, type TextChange } from './incremental/textDiff';
import { parseSummary, type ParsedSummary, type ParseOptions } from './parse/parseSummary';
import type { ChunkTable } from './incremental/recommendationChunks';
import { ChunkCaches } from './incremental/chunkCache';
import type { Span } from './types';

/** What the service needs of a document: the LSP TextDocument shape, so both server and tests fit. */
export interface TextDocumentLike {
  uri: string;
  version: number;
  getText(): string;
}

/**
 * One version of one document, parsed once and shared by every feature (diagnostics, hover,
 * completion, actions, render). Positions are LSP's: line and UTF-16 character, CRLF-aware.
 */
export class DocumentState {
  readonly text: string;
  readonly uri: string;
  readonly version: number;
  private lineIndex: LineIndex | undefined;
  /**
   * The version before this one: its text, and its line index if it had one (this version's is
   * made from it, then it is dropped). Only these, never the older state, so versions never chain.
   */
  private previous: { text: string; index: LineIndex | undefined } | undefined;
  /** The change from the previous version's text, once worked out. */
  private changeFromPrevious: { change: TextChange | undefined } | undefined;
  private parsedSummary: ParsedSummary | undefined;
  /**
   * Where this text's recommendations are, when the service knows it (from checking this very
   * text); features that would otherwise parse the whole file can then work on one recommendation.
   */
  private chunks: ChunkTable | undefined;
  /**
   * What outline and folding worked out for each recommendation, by its text: handed from each
   * version to the next, so that after an edit only the edited recommendation is worked out again.
   */
  readonly chunkCaches: ChunkCaches;

  constructor(
    document: TextDocumentLike,
    private readonly parseOptions: ParseOptions = {},
    previous?: DocumentState,
  ) {
    this.uri = document.uri;
    this.version = document.version;
    this.text = document.getText();
    if (previous) this.previous = { text: previous.text, index: previous.lineIndex };
    this.chunkCaches = previous?.chunkCaches ?? new ChunkCaches();
  }

  /** Where this text's recommendations are, if known (see learnRecommendationChunks). */
  get recommendationChunks(): ChunkTable | undefined {
    return this.chunks;
  }

  /** Records where the recommendations are, found by checking this very text; the first table known is kept. */
  learnRecommendationChunks(table: ChunkTable): void {
    this.chunks ??= table;
  }

  /**
   * Where this text differs from `before`. Asked about the previous version's text (by the
   * incremental check and by the line index), it is worked out once: on a 400 KB file each
   * comparison costs about 0.15 ms of a keystroke's 1 ms.
   */
  changeSince(before: string): TextChange | undefined {
    if (this.previous?.text !== before) return textChange(before, this.text);
    this.changeFromPrevious ??= { change: textChange(before, this.text) };
    return this.changeFromPrevious.change;
  }

  private get lines(): LineIndex {
    if (!this.lineIndex) {
      const previous = this.previous;
      if (!previous?.index) this.lineIndex = LineIndex.of(this.text);
      else {
        const change = this.changeSince(previous.text);
        this.lineIndex = change ? LineIndex.after(previous.index, this.text, change) : previous.index;
        previous.index = undefined;
      }
    }
    return this.lineIndex;
  }

  /** Whether the whole text has been parsed already (a feature may then read it at no cost). */
  get isParsed(): boolean {
    return this.parsedSummary !== undefined;
  }

  get parsed(): ParsedSummary {
    this.parsedSummary ??= parseSummary(this.text, this.parseOptions);
    return this.parsedSummary;
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.lines.offsetAt(position);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  spanOf(range: Range): Span {
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    return { start: Math.min(start, end), end: Math.max(start, end) };
  }
}
