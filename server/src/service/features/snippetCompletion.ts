import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import snippetFile from '../../../../snippets/review-summary.json';
import { isCatalogueUri } from '../agencies/workspaceCatalogue';
import { lineBreakOf } from '../edit/lines';
import { lineBreakAtOrAfter } from '../parse/positionContext';
import type { CompletionProvider } from './featureTypes';

interface Snippet {
  name: string;
  prefixes: string[];
  description: string;
  body: string[];
  /** Where it fits: a whole summary in an empty file, or a new item of `recommendations`. */
  place: 'summary' | 'recommendation';
}

/**
 * The snippets of snippets/review-summary.json (VS Code's snippet format), offered by the server only where they
 * fit. As static snippets VS Code would offer them wherever a word matches their prefix, in prose
 * too, which is why completion could not pop up by itself inside values before.
 */
const snippets: Snippet[] = Object.entries(
  snippetFile as Record<string, { prefix: string | string[]; description: string; body: string[] }>,
).map(([name, snippet]) => ({
  name,
  prefixes: Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix],
  description: snippet.description,
  body: snippet.body,
  place: snippet.body[0].startsWith('- ') ? 'recommendation' : 'summary',
}));

/** A line with at most a dash and the word being typed, before the cursor and nothing after it. */
const startOfLine = /^( *)(- *)?([A-Za-z][\w-]*)?$/;

export const snippetCompletionProvider: CompletionProvider = (state, position, context) => {
  if (state.text.length > context.settings.maxFileSize || isCatalogueUri(state.uri, context.workspace)) return [];
  const { text } = state;
  const offset = state.offsetAt(position);
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const lineEnd = lineBreakAtOrAfter(text, offset);
  if (text.slice(offset, lineEnd).trim() !== '') return [];
  const match = startOfLine.exec(text.slice(lineStart, offset));
  if (!match) return [];
  const [, indent, dash = '', word = ''] = match;
  let place: Snippet['place'] | undefined;
  if (indent === '' && dash === '' && onlyBlankOrComments(text, lineStart, lineEnd)) place = 'summary';
  else if (isNewRecommendation(text, lineStart, indent.length)) place = 'recommendation';
  if (!place) return [];
  const start = lineStart + indent.length;
  const eol = lineBreakOf(text);
  return snippets
    .filter((snippet) => snippet.place === place)
    .map((snippet, index): CompletionItem => {
      const prefix = snippet.prefixes.find((p) => p.toLowerCase().startsWith(word.toLowerCase())) ?? snippet.prefixes[0];
      return {
        label: snippet.prefixes[0],
        labelDetails: { description: snippet.name },
        kind: CompletionItemKind.Snippet,
        detail: snippet.description,
        documentation: { kind: MarkupKind.Markdown, value: ['```yaml', ...asWritten(snippet.body), '```'].join('\n') },
        // The text being replaced starts at the dash when there is one ("- rec").
        filterText: dash && !prefix.startsWith('-') ? `- ${prefix}` : prefix,
        sortText: `2${index}`,
        // Indented here for the line it is written on, so the editor must not indent it again.
        textEdit: { range: state.rangeOf({ start, end: offset }), newText: snippet.body.join(eol + indent) },
        insertTextFormat: InsertTextFormat.Snippet,
        insertTextMode: InsertTextMode.asIs,
      };
    });
};

/** Every line but [lineStart, lineEnd) is blank or a comment: the file has nothing yet. */
function onlyBlankOrComments(text: string, lineStart: number, lineEnd: number): boolean {
  const other = /[^\s]/g;
  for (const [from, to] of [
    [0, lineStart],
    [lineEnd, text.length],
  ]) {
    other.lastIndex = from;
    for (let found = other.exec(text); found && found.index < to; found = other.exec(text)) {
      if (found[0] !== '#') return false;
      // Skip the comment to the end of its line.
      const end = lineBreakAtOrAfter(text, found.index);
      other.lastIndex = end;
    }
  }
  return true;
}

/**
 * The line at `lineStart` starts a new item of the block list `recommendations`: the nearest
 * top-level line above it is `recommendations:`, and the dash (typed or still to come) stands in
 * the items' column (any indented column while the list is empty).
 */
function isNewRecommendation(text: string, lineStart: number, column: number): boolean {
  if (column === 0) return false;
  let itemColumn: number | undefined;
  let at = lineStart;
  while (at > 0) {
    const previousStart = Math.max(text.lastIndexOf('\n', at - 2), text.lastIndexOf('\r', at - 2)) + 1;
    const line = text.slice(previousStart, at).replace(/\r?\n$|\r$/, '');
    at = previousStart;
    const item = /^( +)- /.exec(line) ?? /^( +)-$/.exec(line);
    if (item) itemColumn = item[1].length;
    const content = line.trimStart();
    // An indented line with content, less indented than this one, holds it (a field of an item,
    // a text): the answer is no without reading on to the top of the file.
    const indent = line.length - content.length;
    if (indent > 0 && indent < column && content !== '' && !content.startsWith('#')) return false;
    if (line === '' || /^[\s#]/.test(line)) continue;
    // The first top-level line above: the list's key, with nothing after its colon.
    if (!/^recommendations\s*:\s*(#.*)?$/.test(line)) return false;
    return itemColumn === undefined || itemColumn === column;
  }
  return false;
}

/**
 * A snippet's lines as they read once inserted with the defaults: `${1:Uttlesford}` → Uttlesford
 * (and its mirrors `${1}` too), `${4|DHR,DARDR|}` → DHR, the date variables as YYYY and MM.
 */
function asWritten(body: readonly string[]): string[] {
  const variables: Record<string, string> = { CURRENT_YEAR: 'YYYY', CURRENT_MONTH: 'MM' };
  const defaults = new Map<string, string>();
  let out = body.join('\n');
  // Innermost first: a default may hold a variable (`${2:${CURRENT_YEAR}-${CURRENT_MONTH}}`).
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out
      .replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => variables[name] ?? name)
      .replace(/\$\{(\d+):([^${}]*)\}/g, (_, stop: string, value: string) => (defaults.set(stop, value), value))
      .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\}/g, (_, stop: string, value: string) => (defaults.set(stop, value), value));
  }
  return out.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, braced?: string, bare?: string) => defaults.get(braced ?? bare ?? '') ?? '').split('\n');
}
