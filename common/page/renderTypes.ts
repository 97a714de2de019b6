// What the renderer hands out: to the server (and over the wire to the preview), the CLI and tests.
import type { Range } from 'vscode-languageserver-types';
import type { Severity } from '../severity';

/** Where one rendered element comes from: `data-src` key → offsets and 0-based lines of the source. */
export interface SourceMapEntry {
  key: string;
  start: number;
  end: number;
  startLine: number;
  endLine: number;
  /** Blocks (title, facts, summary, each recommendation row) drive scroll sync; the rest only reveal. */
  block: boolean;
}

/** A finding as the page shows it: in the status strip, and marked in the text if it is a redaction. */
export interface PageFinding {
  index: number;
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** True when the finding is marked where it occurs in the rendered text. */
  marked: boolean;
}

export interface RenderedPage {
  /** The page as an HTML fragment (an <article>), every text escaped. */
  html: string;
  /** The status strip (counts and the list of errors and warnings) as an HTML fragment. */
  statusHtml: string;
  title: string;
  sourceMap: SourceMapEntry[];
  findings: PageFinding[];
  errors: number;
  warnings: number;
}

/** A render of one document version: the page, or why there is none (the file does not parse). */
export interface RenderResult {
  uri: string;
  version: number;
  page?: RenderedPage;
  /** Set when the file cannot be rendered; the preview keeps its last good page and says why. */
  outOfDate?: { reason: string; range: Range };
}

/** Canonical name of an agency as written, and its abbreviation where the catalogue has one. */
export interface AgencyDisplay {
  name: string;
  abbreviation?: string;
}

/** Looks an agency up in the catalogue; undefined when it is not known (rendered as written). */
export type AgencyResolver = (written: string) => AgencyDisplay | undefined;
