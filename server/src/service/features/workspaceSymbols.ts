import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-types';
import { DocumentState } from '../documentState';
import { defaultSettings } from '../settings';
import { documentSymbols } from './outline';

/** A summary file's text, from disk or from the editor (unsaved changes included). */
export interface SummarySource {
  uri: string;
  text: string;
}

/** At most this many symbols answer one query (VS Code shows a short list anyway). */
export const maxWorkspaceSymbols = 2000;

/**
 * The symbols one summary contributes to "Go to Symbol in Workspace": its title, and each
 * recommendation with the title as its container (parts stay in the file's own outline).
 */
export function summarySymbols(source: SummarySource, maxFileSize: number = defaultSettings.maxFileSize): SymbolInformation[] {
  // Past the size limit a file gets the YAML checks only; it is not parsed for symbols either.
  if (source.text.length > maxFileSize) return [];
  const state = new DocumentState({ uri: source.uri, version: 0, getText: () => source.text });
  const out: SymbolInformation[] = [];
  for (const root of documentSymbols(state)) {
    out.push(toInformation(source.uri, root));
    for (const child of root.children ?? []) out.push(toInformation(source.uri, child, root.name));
  }
  return out;
}

function toInformation(uri: string, symbol: DocumentSymbol, containerName?: string): SymbolInformation {
  const info: SymbolInformation = { name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.selectionRange } };
  if (containerName) info.containerName = containerName;
  return info;
}

/**
 * Workspace symbols across summaries, filtered by the query as VS Code does: the query's
 * characters (spaces ignored, any case) appear in order in the symbol's name or its container.
 * Names that contain the query as it is typed come first. `symbolsOf` lets a caller reuse symbols
 * it computed before (the server caches them per text).
 */
export function workspaceSymbols(
  sources: Iterable<SummarySource>,
  query: string,
  symbolsOf: (source: SummarySource) => SymbolInformation[] = (source) => summarySymbols(source),
): SymbolInformation[] {
  const typed = query.trim().toLowerCase();
  const wanted = typed.replace(/\s+/g, '');
  const ranked: Array<{ symbol: SymbolInformation; rank: number }> = [];
  for (const source of sources) {
    for (const symbol of symbolsOf(source)) {
      const rank = symbol.name.toLowerCase().includes(typed)
        ? 0
        : matches(wanted, symbol.name)
          ? 1
          : symbol.containerName && matches(wanted, `${symbol.containerName} ${symbol.name}`)
            ? 2
            : -1;
      if (rank >= 0) ranked.push({ symbol, rank });
    }
  }
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, maxWorkspaceSymbols)
    .map(({ symbol }) => symbol);
}

/** Are the query's characters found in order in `name` (case-insensitive)? */
export function matches(query: string, name: string): boolean {
  const haystack = name.toLowerCase();
  let at = 0;
  for (const char of query) {
    at = haystack.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
