import type { CodeAction, Diagnostic, FoldingRange, Position, Range, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import type { LanguageService } from '../../server/src/service/languageService';
import { collectRanges, lineLengths, rangeProblem } from './rangeChecks';
import { checkRuleIds } from '../../server/src/service/check/runChecks';

/**
 * Drives every feature the language service has on one document, generically (whatever methods
 * exist when it runs: validate, hover, complete, symbols, folding, code actions, render, export)
 * and records what went wrong instead of stopping: thrown errors, ranges outside the document,
 * code-action edits that do not apply, rendered HTML that lets markup through.
 */
export interface ExerciseOptions {
  /** Hover and complete at every offset (small documents) or at a sample of them (big ones). */
  positions: 'all' | number;
  /** Apply up to this many code actions' edits and check each result again (each is a full check). */
  applyActions?: number;
}

export interface ExerciseResult {
  diagnostics: Diagnostic[];
  /** One line per problem: operation, where, what. Empty when the service behaved. */
  problems: string[];
  /** A stable digest of every answer, to compare a fresh service with a warmed one. */
  answers: unknown[];
}

export interface DocumentLike {
  uri: string;
  version: number;
  getText(): string;
}

type AnyService = LanguageService & Record<string, unknown>;

export function exerciseService(service: LanguageService, document: DocumentLike, options: ExerciseOptions): ExerciseResult {
  const text = document.getText();
  const problems: string[] = [];
  const answers: unknown[] = [];
  const lines = lineLengths(text);
  const call = <T>(operation: string, run: () => T): T | undefined => {
    try {
      const result = run();
      answers.push([operation, result]);
      for (const range of collectRanges(result)) {
        const problem = rangeProblem(lines, range);
        if (problem) problems.push(`${operation}: ${problem}`);
      }
      return result;
    } catch (error) {
      problems.push(`${operation} threw: ${(error as Error)?.stack ?? String(error)}`);
      return undefined;
    }
  };
  const svc = service as AnyService;
  const diagnostics = call('validate', () => service.validate(document)) ?? [];
  for (const d of diagnostics) if (d.code === checkRuleIds.internalError) problems.push(`validate: internal/error: ${d.message}`);

  for (const position of samplePositions(text, lines, options.positions)) {
    const where = `${position.line}:${position.character}`;
    if (typeof svc.hover === 'function') call(`hover ${where}`, () => service.hover(document, position));
    if (typeof svc.complete === 'function') {
      const list = call(`complete ${where}`, () => service.complete(document, position));
      for (const item of list?.items ?? []) {
        const edit = item.textEdit as (TextEdit & { insert?: Range; replace?: Range }) | undefined;
        if (
          edit?.insert &&
          edit.replace &&
          (edit.insert.start.line !== edit.replace.start.line || edit.insert.start.character !== edit.replace.start.character)
        ) {
          problems.push(`complete ${where}: insert and replace ranges start apart`);
        }
      }
    }
  }
  if (typeof svc.documentSymbols === 'function') call('documentSymbols', () => service.documentSymbols(document));
  if (typeof svc.foldingRanges === 'function') {
    const folds = call('foldingRanges', () => service.foldingRanges(document)) ?? [];
    for (const fold of folds as FoldingRange[]) {
      if (!(fold.startLine >= 0 && fold.startLine <= fold.endLine && fold.endLine < lines.length))
        problems.push(`foldingRanges: ${JSON.stringify(fold)} is outside the document or reversed`);
    }
  }
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1] } };
  const ranges = [whole, ...diagnostics.map((d) => d.range)];
  let rechecks = options.applyActions ?? 0;
  for (const range of ranges) {
    const actions = call(`codeActions ${JSON.stringify(range)}`, () => service.codeActions(document, range)) ?? [];
    for (const action of actions) checkAction(action, document, text, problems, rechecks-- > 0 ? service : undefined);
  }
  if (typeof svc.render === 'function') {
    const rendered = call('render', () => service.render(document));
    const html = `${rendered?.page?.html ?? ''}${rendered?.page?.statusHtml ?? ''}`;
    const markup = unescapedMarkup(html);
    if (markup) problems.push(`render: markup from the document reached the page: ${markup}`);
  }
  if (typeof svc.exportPage === 'function') call('exportPage', () => service.exportPage(document));
  return { diagnostics, problems, answers };
}

/** Offsets to try hover and completion at: every one, or `count` spread over the text plus its ends. */
function samplePositions(text: string, lines: number[], which: 'all' | number): Position[] {
  const positions: Position[] = [];
  if (which === 'all') {
    lines.forEach((length, line) => {
      for (let character = 0; character <= length; character++) positions.push({ line, character });
    });
    return positions;
  }
  const total = lines.length;
  for (let i = 0; i < which; i++) {
    const line = Math.min(total - 1, Math.floor((i * total) / which));
    positions.push({ line, character: Math.floor(lines[line] / 2) });
  }
  positions.push({ line: 0, character: 0 }, { line: total - 1, character: lines[total - 1] });
  return positions;
}

/** A code action's edits must name this document and version, stay inside it, not overlap, and apply. */
function checkAction(action: CodeAction, document: DocumentLike, text: string, problems: string[], recheck?: LanguageService): void {
  const changes = action.edit?.documentChanges ?? [];
  const own = changes.filter((change): change is TextDocumentEdit => 'textDocument' in change && change.textDocument.uri === document.uri);
  for (const change of own) {
    if (change.textDocument.version !== document.version)
      problems.push(`codeAction "${action.title}": edit names version ${change.textDocument.version}, document is ${document.version}`);
    const edits = change.edits as TextEdit[];
    const spans = edits
      .map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }))
      .sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) {
      if (spans[i].start < spans[i - 1].end) problems.push(`codeAction "${action.title}": edits overlap`);
    }
    // Applied from the end, each edit changes exactly its span; the text outside every span is kept.
    let result = text;
    for (const span of [...spans].reverse()) result = result.slice(0, span.start) + span.newText + result.slice(span.end);
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (first && last) {
      const kept =
        text.slice(0, first.start) === result.slice(0, first.start) &&
        text.slice(last.end) === result.slice(result.length - (text.length - last.end));
      if (!kept) problems.push(`codeAction "${action.title}": text outside its edits changed`);
    }
    if (recheck && spans.length > 0) {
      try {
        const after = recheck.validate({ uri: `${document.uri}#after-action`, version: document.version + 1, getText: () => result });
        for (const d of after)
          if (d.code === checkRuleIds.internalError) problems.push(`after codeAction "${action.title}": internal/error ${d.message}`);
        recheck.invalidate(`${document.uri}#after-action`);
      } catch (error) {
        problems.push(`after codeAction "${action.title}": validate threw ${(error as Error)?.stack ?? String(error)}`);
      }
    }
  }
}

/** The offset of an LSP position (lines broken at \n, \r\n or \r; characters in UTF-16 units). */
export function offsetAt(text: string, position: Position): number {
  let line = 0;
  let offset = 0;
  while (line < position.line && offset < text.length) {
    const ch = text.charCodeAt(offset);
    offset++;
    if (ch === 13 && text.charCodeAt(offset) === 10) offset++;
    if (ch === 10 || ch === 13) line++;
  }
  return Math.min(offset + position.character, text.length);
}

/**
 * A tag the renderer never writes, or an event handler or javascript: link inside a tag: markup
 * that came from the document. Escaped text (`&lt;svg onload=...&gt;`) is not a tag, so it passes.
 */
function unescapedMarkup(html: string): string | undefined {
  const tag = /<([a-zA-Z][\w-]*)([^>]*)>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [whole, name, attributes] = match;
    if (
      /^(script|iframe|object|embed|img|svg|math|style|link|meta|form|input|textarea|base)$/i.test(name) ||
      /\son[a-z]+\s*=|javascript:/i.test(attributes)
    ) {
      return html.slice(Math.max(0, match.index - 40), match.index + whole.length + 40);
    }
  }
  return undefined;
}
