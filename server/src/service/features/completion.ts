import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { AgencyEntry } from '../agencies/agencyTypes';
import { catalogueSchema } from '../agencies/catalogueFileChecks';
import { catalogueFor, isCatalogueUri } from '../agencies/workspaceCatalogue';
import type { DocumentState } from '../documentState';
import { lineBreakOf } from '../edit/lines';
import { yamlScalarText } from '../edit/yamlScalarText';
import type { PathSegment } from '../parse/parseSummary';
import { lineBreakAtOrAfter, type PositionContext } from '../parse/positionContext';
import { positionContextOf } from '../incremental/windowedPosition';
import { resolveRef, schemaForPath, summarySchema, type SchemaNode } from '../schema/schemaModel';
import type { CompletionProvider, FeatureContext } from './featureTypes';

/** Most agency items offered at once; the list is asked for again as the person types. */
const maxAgencyItems = 60;

/**
 * Completion everywhere in a summary (and a workspace catalogue): the keys a mapping is still
 * missing and enum values, from the schema; agency names in `addressedTo` items and CSP place
 * names in `csp`, from the catalogue. Every item carries a textEdit that replaces the word being
 * typed with correct YAML (quoted only when needed, indented for the block or flow list it is in).
 */
export const completionProvider: CompletionProvider = (state, position, context) => {
  // Finding the position re-parses the text; files over the size limit get only the YAML checks, and no completion.
  if (state.text.length > context.settings.maxFileSize) return [];
  const at = positionContextOf(state, state.offsetAt(position));
  if (!at) return [];
  const root = isCatalogueUri(state.uri, context.workspace) ? catalogueSchema : summarySchema;
  const target = resolveRef(schemaForPath(at.path, root), root);
  if (at.kind === 'key' && !(at.listItem && target && !isObject(target))) return keyItems(state, at, root);
  if (root === summarySchema && isAgencyPath(at.path)) return agencyItems(state, at, context, target);
  if (root === summarySchema && at.path.length === 1 && at.path[0] === 'csp') return cspItems(state, at, context);
  if (target?.enum) return enumItems(state, at, target);
  return [];
};

function isObject(schema: SchemaNode): boolean {
  return schema.type === 'object' || schema.properties !== undefined;
}

/** `recommendations[i].addressedTo` (a single value in place of the list) or one of its items. */
function isAgencyPath(path: readonly PathSegment[]): boolean {
  return (
    path[0] === 'recommendations' &&
    typeof path[1] === 'number' &&
    path[2] === 'addressedTo' &&
    (path.length === 3 || (path.length === 4 && typeof path[3] === 'number'))
  );
}

function rangeOf(state: DocumentState, at: PositionContext): Range {
  return state.rangeOf(at.replace);
}

/** The YAML for a value at this position: quoted as typed, or only when needed. */
function valueText(at: PositionContext, value: string): string {
  const text = yamlScalarText(value, { flow: at.flow, prefer: at.quote });
  return at.needsSpace ? ` ${text}` : text;
}

function agencyItems(state: DocumentState, at: PositionContext, context: FeatureContext, target: SchemaNode | undefined): CompletionItem[] {
  const catalogue = catalogueFor(context.workspace);
  const results = catalogue.search(at.typed.trim()).slice(0, maxAgencyItems);
  // Right after `addressedTo:` the value is the list itself: start a block list.
  const startsList = at.path.length === 3 && target?.type === 'array' && !at.flow;
  const lineStart = Math.max(state.text.lastIndexOf('\n', at.replace.start - 1), state.text.lastIndexOf('\r', at.replace.start - 1)) + 1;
  const line = state.text.slice(lineStart, at.replace.start);
  const keyColumn = /^(\s*(?:-\s+)?)/.exec(line)![1].length;
  const colon = state.text.lastIndexOf(':', at.replace.start - 1);
  return results.map((result, index) => {
    const { entry } = result;
    const abbreviation = entry.abbreviations[0];
    let range = rangeOf(state, at);
    let newText = valueText(at, entry.name);
    if (startsList) {
      range = state.rangeOf({ start: colon + 1, end: at.replace.end });
      newText = `${lineBreakOf(state.text)}${' '.repeat(keyColumn + 2)}- ${yamlScalarText(entry.name)}`;
    }
    return {
      label: entry.name,
      kind: entry.kind === 'collective' ? CompletionItemKind.Folder : CompletionItemKind.Value,
      labelDetails: { detail: abbreviation ? ` (${abbreviation})` : undefined, description: entry.kind },
      detail: [entry.kind, abbreviation, entry.area].filter(Boolean).join(' · '),
      documentation: { kind: MarkupKind.Markdown, value: agencyMarkdown(entry) },
      // The catalogue already matched abbreviations and words anywhere; the client must not drop them.
      filterText: `${at.typed} ${entry.name}`,
      sortText: String(index).padStart(4, '0'),
      textEdit: { range, newText },
      insertTextFormat: InsertTextFormat.PlainText,
      data: { serverFiltered: true },
    };
  });
}

function cspItems(state: DocumentState, at: PositionContext, context: FeatureContext): CompletionItem[] {
  const catalogue = catalogueFor(context.workspace);
  const results = catalogue.search(at.typed.trim(), (entry) => entry.kind === 'CSP' && entry.area !== '').slice(0, maxAgencyItems);
  return results.map((result, index) => ({
    label: result.entry.area,
    kind: CompletionItemKind.Value,
    labelDetails: { description: result.entry.name },
    detail: result.entry.name,
    documentation: { kind: MarkupKind.Markdown, value: agencyMarkdown(result.entry) },
    filterText: `${at.typed} ${result.entry.area}`,
    sortText: String(index).padStart(4, '0'),
    textEdit: { range: rangeOf(state, at), newText: valueText(at, result.entry.area) },
    data: { serverFiltered: true },
  }));
}

function enumItems(state: DocumentState, at: PositionContext, schema: SchemaNode): CompletionItem[] {
  return (schema.enum ?? []).map((value, index) => ({
    label: String(value),
    kind: CompletionItemKind.EnumMember,
    detail: schema.title,
    documentation: schema.description ? { kind: MarkupKind.Markdown, value: schema.description } : undefined,
    sortText: String(index).padStart(4, '0'),
    textEdit: { range: rangeOf(state, at), newText: valueText(at, String(value)) },
  }));
}

/**
 * The keys the mapping at the position does not have yet, required ones first. A key whose value
 * is a mapping or a list is inserted with its structure: `source:` and an indented `url: `,
 * `recommendations:` and `  - number: `, `addressedTo:` and `  - `.
 */
function keyItems(state: DocumentState, at: PositionContext, root: SchemaNode): CompletionItem[] {
  const schema = resolveRef(schemaForPath(at.path, root), root);
  if (!schema?.properties) return [];
  const eol = lineBreakOf(state.text);
  const restOfLine = state.text.slice(at.replace.end, lineBreakAtOrAfter(state.text, at.replace.end));
  // Renaming a key that already has its colon inserts the name only.
  const hasColon = /^\s*:/.test(restOfLine);
  const required = new Set(schema.required ?? []);
  const pad = ' '.repeat(at.column + 2);
  return Object.entries(schema.properties)
    .filter(([key]) => !at.existingKeys.includes(key))
    .map(([key, raw], index) => {
      const property = resolveRef(raw, root) ?? raw;
      const newText = hasColon ? key : `${key}:${structureAfter(property, root, eol, pad)}`;
      return {
        label: key,
        kind: CompletionItemKind.Property,
        detail: property.title ? `${property.title}${required.has(key) ? ' (required)' : ''}` : undefined,
        documentation: { kind: MarkupKind.Markdown, value: schemaMarkdown(key, property) },
        sortText: `${required.has(key) ? 0 : 1}${String(index).padStart(3, '0')}`,
        textEdit: { range: rangeOf(state, at), newText },
      };
    });
}

function structureAfter(property: SchemaNode, root: SchemaNode, eol: string, pad: string): string {
  if (isObject(property)) {
    const first = property.required?.[0];
    return first ? `${eol}${pad}${first}: ` : `${eol}${pad}`;
  }
  if (property.type === 'array') {
    const item = resolveRef(property.items, root);
    const first = item && isObject(item) ? item.required?.[0] : undefined;
    return `${eol}${pad}- ${first ? `${first}: ` : ''}`;
  }
  return ' ';
}

/** A schema field as hover and completion documentation: title, description, allowed values. */
export function schemaMarkdown(key: string, schema: SchemaNode): string {
  const parts = [`**${schema.title ?? key}** (\`${key}\`)`];
  // Descriptions may use `code`, but a `<` would open an HTML tag that the hover drops ("<CSP> review").
  if (schema.description) parts.push(escapeAngleBrackets(schema.description));
  if (schema.enum) parts.push(`One of: ${schema.enum.map((v) => `\`${String(v)}\``).join(', ')}`);
  const example = schema.examples?.[0];
  if (typeof example === 'string' || typeof example === 'number') parts.push(`Example: \`${key}: ${String(example)}\``);
  return parts.join('\n\n');
}

/** An agency as markdown: name, abbreviation, kind, area, note, other spellings and where it comes from. */
export function agencyMarkdown(entry: AgencyEntry): string {
  const abbreviations = entry.abbreviations.length ? ` (${entry.abbreviations.join(', ')})` : '';
  const lines = [
    `**${escapeMarkdown(entry.name)}**${escapeMarkdown(abbreviations)}`,
    [entry.kind, entry.area].filter(Boolean).map(escapeMarkdown).join(' · '),
  ];
  if (entry.note) lines.push(escapeMarkdown(entry.note));
  if (entry.variants.length)
    lines.push(
      `Also written: ${entry.variants
        .slice(0, 6)
        .map((v) => `"${escapeMarkdown(v)}"`)
        .join(', ')}${entry.variants.length > 6 ? ', …' : ''}`,
    );
  lines.push(
    `Source: ${entry.origin ? `workspace catalogue \`${entry.origin.uri.split('/').pop()}\` (${entry.origin.uri})` : `built-in catalogue, ${escapeMarkdown(entry.source)}`}`,
  );
  return lines.join('\n\n');
}

function escapeAngleBrackets(text: string): string {
  return text.replace(/[<>]/g, (bracket) => `\\${bracket}`);
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
