// The messages between the extension and the preview's webview, and their validators. Both sides
// check every message they receive (a webview is a separate, less trusted context); a message that
// does not have exactly the expected shape is dropped. No vscode import: the webview bundles this.
import type { SourceMapEntry } from '../page/renderTypes';

/** What the webview keeps about itself (vscode.setState), and what the serializer revives from. */
export interface PreviewState {
  resource: string;
  locked: boolean;
  /** The source line at the top of the page (fractional), to restore the scroll position. */
  line?: number;
}

/** Handed to the page when it loads, in a data attribute of the shell. */
export interface PreviewSettings extends PreviewState {
  version: number;
  sourceMap: SourceMapEntry[];
  /** Set when the page shown is the last good one and the file no longer parses. */
  outOfDate?: OutOfDate;
}

export interface OutOfDate {
  reason: string;
  line: number;
  character: number;
}

export type ToWebview =
  | { type: 'update'; version: number; html: string; statusHtml: string; sourceMap: SourceMapEntry[]; title: string }
  | { type: 'outOfDate'; version: number; reason: string; line: number; character: number }
  | { type: 'scrollToLine'; line: number }
  | { type: 'setLocked'; resource: string; locked: boolean }
  | ProbeRequest;

/**
 * Test hook (webview/testProbe.ts): the extension sends these only through the
 * `reviewSummaries.testProbe` command, which exists only when REVIEW_SUMMARIES_TEST_HOOKS=1 (the
 * end-to-end hosts set it). `read` reports the page's state; `userScroll` scrolls as a user would
 * (the page's own scroll handling runs); `click`/`dblclick` dispatch that event on `selector`.
 */
export type ProbeAction = 'read' | 'userScroll' | 'click' | 'dblclick';
export interface ProbeRequest {
  type: 'probe';
  id: number;
  action: ProbeAction;
  selector: string;
  y: number;
}

export type FromWebview =
  | { type: 'revealLine'; line: number }
  | { type: 'reveal'; line: number; character: number; select: boolean }
  | { type: 'openLink'; href: string }
  /** The answer to a ProbeRequest: a ProbeSnapshot as JSON. */
  | { type: 'probeResult'; id: number; json: string };

/** What a probe reports about the page (after its action, before any resulting scroll event). */
export interface ProbeSnapshot {
  version: number;
  scrollY: number;
  maxScrollY: number;
  /** The source line the page shows at the top (below the sticky status strip), as sync maps it. */
  lineAtTop: number | null;
  /** The `data-src` key of the block element at the top of the visible page. */
  keyAtTop: string | null;
  /** Rows in the recommendations table. */
  rowCount: number;
  bannerHidden: boolean;
  bannerText: string;
  /** Whether the click/dblclick target was found. */
  found: boolean;
  /** Since the page loaded: scroll events, those ignored as our own, scrollToLine messages, revealLine messages posted. */
  scrollEvents: number;
  ownScrollEvents: number;
  scrollToLineReceived: number;
  revealLinePosted: number;
}

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isLine: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e8;
const isBoolean: Check = (v) => typeof v === 'boolean';
const isSourceMap: Check = (v) =>
  Array.isArray(v) &&
  v.every(
    (e) =>
      typeof e === 'object' &&
      e !== null &&
      isString((e as SourceMapEntry).key) &&
      isLine((e as SourceMapEntry).startLine) &&
      isLine((e as SourceMapEntry).endLine) &&
      isBoolean((e as SourceMapEntry).block),
  );

const toWebviewShapes: Record<ToWebview['type'], Record<string, Check>> = {
  update: { version: isLine, html: isString, statusHtml: isString, sourceMap: isSourceMap, title: isString },
  outOfDate: { version: isLine, reason: isString, line: isLine, character: isLine },
  scrollToLine: { line: isLine },
  setLocked: { resource: isString, locked: isBoolean },
  probe: {
    id: isLine,
    action: (v) => v === 'read' || v === 'userScroll' || v === 'click' || v === 'dblclick',
    selector: isString,
    y: isLine,
  },
};

const fromWebviewShapes: Record<FromWebview['type'], Record<string, Check>> = {
  revealLine: { line: isLine },
  reveal: { line: isLine, character: isLine, select: isBoolean },
  openLink: { href: isString },
  probeResult: { id: isLine, json: isString },
};

function hasShape(message: unknown, shapes: Record<string, Record<string, Check>>): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const { type } = message as { type?: unknown };
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(shapes, type)) return false;
  const shape = shapes[type];
  const keys = Object.keys(message).filter((k) => k !== 'type');
  return (
    keys.length === Object.keys(shape).length &&
    keys.every((k) => Object.prototype.hasOwnProperty.call(shape, k) && shape[k]((message as Record<string, unknown>)[k]))
  );
}

export function isToWebview(message: unknown): message is ToWebview {
  return hasShape(message, toWebviewShapes);
}

export function isFromWebview(message: unknown): message is FromWebview {
  return hasShape(message, fromWebviewShapes);
}

export function isPreviewState(value: unknown): value is PreviewState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as PreviewState;
  return isString(state.resource) && isBoolean(state.locked) && (state.line === undefined || isLine(state.line));
}
