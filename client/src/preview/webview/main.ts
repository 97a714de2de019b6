// The script of the preview's webview: patches the page in place when the extension sends a new
// render (morphdom: only what changed is touched, so the scroll position holds and nothing
// flickers), shows the out-of-date banner, and syncs scrolling both ways without feedback loops.
import morphdom from 'morphdom';
import {
  isToWebview,
  type FromWebview,
  type PreviewSettings,
  type PreviewState,
  type ToWebview,
} from '../../../../common/protocol/previewMessages';
import { ScrollSync } from './scrollSync';
import { answerProbe, type ScrollCounters } from './testProbe';
import type { SourceMapEntry } from '../../../../common/page/renderTypes';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: PreviewState): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const settingsElement = document.getElementById('rs-preview-settings');
const settings = JSON.parse(settingsElement?.getAttribute('data-settings') ?? '{}') as PreviewSettings;
const root = document.getElementById('rs-root')!;
const status = document.getElementById('rs-status')!;
const banner = document.getElementById('rs-banner')!;
const sync = new ScrollSync(root);
const state: PreviewState = {
  resource: settings.resource,
  locked: settings.locked,
  ...(typeof settings.line === 'number' ? { line: settings.line } : {}),
};
let version = settings.version;
let sourceMap: SourceMapEntry[] = settings.sourceMap ?? [];
/**
 * Where our own scrollTo (the editor asked) put the page: a scroll event that finds the page there
 * is ours, not the user's, and is never echoed back. A position, not a count of events: the
 * browser fires one event for several scrollTo calls in a frame, and none for a scrollTo that
 * does not move (the page already at its end), and a count would then swallow the user's scroll.
 */
let ownScrollTarget: number | undefined;
const counters: ScrollCounters = { scrollEvents: 0, ownScrollEvents: 0, scrollToLineReceived: 0, revealLinePosted: 0 };

sync.setSourceMap(sourceMap);
vscode.setState(state);
if (typeof settings.line === 'number') scrollToLine(settings.line);

window.addEventListener('message', (event: MessageEvent) => {
  const message: unknown = event.data;
  if (!isToWebview(message)) return;
  handle(message);
});

function handle(message: ToWebview): void {
  switch (message.type) {
    case 'update':
      if (message.version < version) return;
      version = message.version;
      patch(root, `<main id="rs-root">${message.html}</main>`);
      patch(status, `<section id="rs-status" class="rs-status" aria-label="Problems in this summary">${message.statusHtml}</section>`);
      sourceMap = message.sourceMap;
      sync.setSourceMap(sourceMap);
      banner.hidden = true;
      banner.replaceChildren();
      document.title = message.title;
      break;
    case 'outOfDate':
      if (message.version < version) return;
      version = message.version;
      showBanner(message.reason, message.line, message.character);
      break;
    case 'scrollToLine':
      counters.scrollToLineReceived++;
      scrollToLine(message.line);
      break;
    case 'setLocked':
      state.resource = message.resource;
      state.locked = message.locked;
      vscode.setState(state);
      break;
    case 'probe': {
      const snapshot = answerProbe(message, { version: () => version, sync, sourceMap: () => sourceMap, stickyHeight, banner, counters });
      vscode.postMessage({ type: 'probeResult', id: message.id, json: JSON.stringify(snapshot) });
      break;
    }
  }
}

/** Morphs `target` into `html` in place: unchanged nodes stay, so do the scroll offset and focus. */
function patch(target: HTMLElement, html: string): void {
  morphdom(target, html, {
    onBeforeElUpdated: (from, to) => !from.isEqualNode(to),
  });
}

function showBanner(reason: string, line: number, character: number): void {
  const strong = document.createElement('strong');
  strong.textContent = 'This page is out of date:';
  const link = document.createElement('a');
  link.href = '#';
  link.dataset.revealLine = String(line);
  link.dataset.revealCharacter = String(character);
  link.textContent = `Show where (line ${line + 1})`;
  banner.replaceChildren(strong, ` ${reason} `, link);
  banner.hidden = false;
}

function scrollToLine(line: number): void {
  const offset = sync.offsetForLine(line);
  if (offset === undefined) return;
  const maxScrollY = Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
  const target = Math.min(maxScrollY, Math.max(0, Math.round(offset - stickyHeight())));
  if (Math.abs(window.scrollY - target) < 1) return;
  ownScrollTarget = target;
  window.scrollTo(0, target);
  state.line = line;
  vscode.setState(state);
}

/** The banner and status strip stay at the top; page positions are measured below them. */
function stickyHeight(): number {
  return document.getElementById('rs-top')?.getBoundingClientRect().height ?? 0;
}

let scrollTimer: number | undefined;
window.addEventListener(
  'scroll',
  () => {
    counters.scrollEvents++;
    if (ownScrollTarget !== undefined) {
      const ours = Math.abs(window.scrollY - ownScrollTarget) < 1;
      ownScrollTarget = undefined;
      if (ours) {
        counters.ownScrollEvents++;
        return;
      }
    }
    // At most one message per animation-ish interval while the user scrolls.
    if (scrollTimer !== undefined) return;
    scrollTimer = window.setTimeout(() => {
      scrollTimer = undefined;
      const line = sync.lineForOffset(window.scrollY + stickyHeight());
      if (line === undefined) return;
      state.line = line;
      vscode.setState(state);
      counters.revealLinePosted++;
      vscode.postMessage({ type: 'revealLine', line });
    }, 50);
  },
  { passive: true },
);

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const reveal = target?.closest<HTMLElement>('[data-reveal-line]');
  if (reveal) {
    event.preventDefault();
    const line = Number(reveal.dataset.revealLine);
    const character = Number(reveal.dataset.revealCharacter ?? 0);
    if (Number.isFinite(line) && Number.isFinite(character)) vscode.postMessage({ type: 'reveal', line, character, select: true });
    return;
  }
  const link = target?.closest<HTMLAnchorElement>('a[href]');
  if (link) {
    // Links never navigate the webview; the extension opens https ones outside, after checking.
    event.preventDefault();
    if (link.protocol === 'https:') vscode.postMessage({ type: 'openLink', href: link.href });
  }
});

document.addEventListener('dblclick', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const element = target?.closest<HTMLElement>('[data-src]');
  const key = element?.dataset.src;
  const entry = key ? sourceMap.find((e) => e.key === key) : undefined;
  if (!entry) return;
  event.preventDefault();
  vscode.postMessage({ type: 'reveal', line: entry.startLine, character: 0, select: false });
});

// The page is drawn from the HTML before this script has loaded (in the browser, webview resources
// can take a while to arrive); the mark says the page now answers scrolls and clicks, so a check
// that double-clicks a row waits for it instead of racing the script.
document.documentElement.dataset.rsInteractive = 'true';
