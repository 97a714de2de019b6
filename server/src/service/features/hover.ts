import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { catalogueSchema } from '../agencies/catalogueFileChecks';
import { catalogueFor, isCatalogueUri } from '../agencies/workspaceCatalogue';
import { nodeAtOffsetOf } from '../incremental/windowedNode';
import { resolveRef, schemaForPath, summarySchema } from '../schema/schemaModel';
import { agencyMarkdown, schemaMarkdown } from './completion';
import type { HoverProvider } from './featureTypes';

/**
 * Hover on an agency (in `addressedTo` or `csp`): its catalogue entry, and how it was written if
 * not by its canonical name. Hover on any key: the schema's title and description.
 */
export const hoverProvider: HoverProvider = (state, position, context) => {
  // From the recommendation under the cursor when the service knows where they are, not a parse of the whole file.
  const at = nodeAtOffsetOf(state, state.offsetAt(position));
  if (!at) return null;
  const range = state.rangeOf(at);
  const schemaRoot = isCatalogueUri(state.uri, context.workspace) ? catalogueSchema : summarySchema;
  if (at.kind === 'value' && schemaRoot === summarySchema && typeof at.node.value === 'string') {
    const markdown = agencyHover(at.path, at.node.value.trim(), context.workspace);
    if (markdown) return markup(markdown, range);
  }
  if (at.kind !== 'key') return null;
  const schema = resolveRef(schemaForPath(at.path, schemaRoot), schemaRoot);
  if (!schema || (!schema.title && !schema.description)) return null;
  return markup(schemaMarkdown(String(at.path[at.path.length - 1]), schema), range);
};

function markup(value: string, range: Hover['range']): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

function agencyHover(
  path: ReadonlyArray<string | number>,
  written: string,
  workspace: Parameters<typeof catalogueFor>[0],
): string | undefined {
  const catalogue = catalogueFor(workspace);
  if (path.length === 1 && path[0] === 'csp') {
    const entry = catalogue.findCsp(written);
    return entry && `${agencyMarkdown(entry)}`;
  }
  const isAddressee = path[0] === 'recommendations' && path[2] === 'addressedTo' && (path.length === 3 || path.length === 4);
  if (!isAddressee) return undefined;
  const match = catalogue.lookup(written);
  if (!match) return undefined;
  const how = match.exact
    ? ''
    : `\n\nWritten here as "${written}" (${match.matchedAs === 'abbreviation' ? 'an abbreviation' : 'another spelling'}); the canonical name is "${match.canonical}".`;
  const of = match.collectiveOf ? `\n\n---\n\n${agencyMarkdown(match.collectiveOf.entry)}` : '';
  return `${agencyMarkdown(match.entry)}${how}${of}`;
}
