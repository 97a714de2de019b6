// Maps source lines to positions on the page and back, through the source map's block elements
// (the title, the facts, the summary, each recommendation row), interpolating inside and between
// them, the way VS Code's Markdown preview maps lines to its `data-line` elements.
import type { SourceMapEntry } from '../../../../common/page/renderTypes';

interface Block {
  entry: SourceMapEntry;
  element: HTMLElement;
}

export class ScrollSync {
  private blocks: Block[] = [];

  constructor(private readonly root: ParentNode) {}

  setSourceMap(sourceMap: readonly SourceMapEntry[]): void {
    this.blocks = sourceMap
      .filter((entry) => entry.block)
      .map((entry) => ({ entry, element: this.root.querySelector<HTMLElement>(`[data-src="${CSS.escape(entry.key)}"]`)! }))
      .filter((block) => block.element)
      .sort((a, b) => a.entry.startLine - b.entry.startLine);
  }

  /** The page offset (document Y) that shows `line` at the top. */
  offsetForLine(line: number): number | undefined {
    if (this.blocks.length === 0) return undefined;
    let previous: Block | undefined;
    let next: Block | undefined;
    for (const block of this.blocks) {
      if (block.entry.startLine <= line) previous = block;
      else {
        next = block;
        break;
      }
    }
    // Above the first mapped element (comments, the first lines): the top of the page.
    if (!previous) return 0;
    const { startLine, endLine } = previous.entry;
    const rect = bounds(previous.element);
    if (line <= endLine) {
      const progress = (line - startLine) / (endLine - startLine + 1);
      return rect.top + rect.height * progress;
    }
    if (!next) return rect.top + rect.height;
    const nextTop = top(next.element);
    const progress = (line - endLine) / Math.max(1, next.entry.startLine - endLine);
    return rect.top + rect.height + (nextTop - rect.top - rect.height) * progress;
  }

  /** The (fractional) source line shown at the page offset `offset`. */
  lineForOffset(offset: number): number | undefined {
    if (this.blocks.length === 0) return undefined;
    let previous: Block | undefined;
    for (const block of this.blocks) {
      if (top(block.element) <= offset) previous = block;
      else break;
    }
    if (!previous) return 0;
    const rect = bounds(previous.element);
    const { startLine, endLine } = previous.entry;
    if (offset < rect.top + rect.height) {
      return startLine + ((offset - rect.top) / Math.max(1, rect.height)) * (endLine - startLine + 1);
    }
    const index = this.blocks.indexOf(previous);
    const next = this.blocks[index + 1];
    if (!next) return endLine;
    const gap = Math.max(1, top(next.element) - rect.top - rect.height);
    return endLine + ((offset - rect.top - rect.height) / gap) * (next.entry.startLine - endLine);
  }
}

function bounds(element: HTMLElement): { top: number; height: number } {
  const rect = element.getBoundingClientRect();
  return { top: rect.top + window.scrollY, height: rect.height };
}

function top(element: HTMLElement): number {
  return element.getBoundingClientRect().top + window.scrollY;
}
