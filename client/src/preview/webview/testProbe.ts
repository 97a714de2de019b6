// The end-to-end tests' window into the page (see ProbeRequest in previewMessages.ts). The extension
// only sends probes when its test hooks are on, so in normal use none of this runs. The actions go
// through the page's real handlers: a `userScroll` is a plain scrollTo that the page's scroll
// listener treats as the user's, clicks are dispatched DOM events.
import type { ProbeRequest, ProbeSnapshot } from '../../../../common/protocol/previewMessages';
import type { SourceMapEntry } from '../../../../common/page/renderTypes';
import type { ScrollSync } from './scrollSync';

/** Counters the page keeps so that tests can see feedback loops (they cost nothing otherwise). */
export interface ScrollCounters {
  scrollEvents: number;
  ownScrollEvents: number;
  scrollToLineReceived: number;
  revealLinePosted: number;
}

export interface ProbedPage {
  version(): number;
  sync: ScrollSync;
  sourceMap(): readonly SourceMapEntry[];
  stickyHeight(): number;
  banner: HTMLElement;
  counters: ScrollCounters;
}

export function answerProbe(request: ProbeRequest, page: ProbedPage): ProbeSnapshot {
  let found = false;
  if (request.action === 'userScroll') {
    window.scrollTo(0, request.y);
  } else if (request.action === 'click' || request.action === 'dblclick') {
    const target = document.querySelector(request.selector);
    found = target !== null;
    target?.dispatchEvent(
      new MouseEvent(request.action, { bubbles: true, cancelable: true, detail: request.action === 'dblclick' ? 2 : 1 }),
    );
  }
  const top = window.scrollY + page.stickyHeight();
  return {
    version: page.version(),
    scrollY: window.scrollY,
    maxScrollY: Math.max(0, document.documentElement.scrollHeight - window.innerHeight),
    lineAtTop: page.sync.lineForOffset(top) ?? null,
    keyAtTop: blockAt(top + 1, page.sourceMap()),
    rowCount: document.querySelectorAll('#rs-root tbody tr').length,
    bannerHidden: page.banner.hidden === true,
    bannerText: page.banner.textContent ?? '',
    found,
    ...page.counters,
  };
}

/** The key of the scroll-sync block (a row, the summary, a fact) that spans the page offset `y`. */
function blockAt(y: number, sourceMap: readonly SourceMapEntry[]): string | null {
  for (const entry of sourceMap) {
    if (!entry.block) continue;
    const element = document.querySelector(`#rs-root [data-src="${CSS.escape(entry.key)}"]`);
    const rect = element?.getBoundingClientRect();
    if (rect && rect.height > 0 && rect.top + window.scrollY <= y && y < rect.bottom + window.scrollY) return entry.key;
  }
  return null;
}
