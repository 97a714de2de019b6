import { isMap, isScalar, isSeq } from 'yaml';
import { lineBreakOf } from '../edit/lines';
import { yamlScalarText } from '../edit/yamlScalarText';
import { findPair, parseSummary } from '../parse/parseSummary';
import type { Fix, OffsetEdit } from '../types';
import type { WorkspaceData } from '../workspace';
import type { AgencyKind } from './agencyTypes';
import type { WrittenAgency } from './writtenAgencies';
import { workspaceCatalogueName } from './workspaceCatalogue';

/** What a rename needs of a written agency: where it is, and how that place quotes it. */
export type RenamedPlace = Pick<WrittenAgency, 'start' | 'end' | 'place' | 'quote'>;

/** Replaces one written agency with another name, in the quoting the place needs. */
export function renameEdit(agency: RenamedPlace, name: string): OffsetEdit {
  return {
    start: agency.start,
    end: agency.end,
    newText: yamlScalarText(name, { flow: agency.place === 'flow-item', prefer: agency.quote }),
  };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * Turns one item that names several agencies into one item each: more `- ` lines at the same
 * indentation in a block list, more comma-separated items in a flow list, and a block list in
 * place of a single text (`addressedTo: "A | B"`). Only the item's own text changes.
 */
export function splitEdit(text: string, agency: WrittenAgency, parts: string[]): OffsetEdit | undefined {
  const eol = lineBreakOf(text);
  if (agency.place === 'flow-item') {
    return { start: agency.start, end: agency.end, newText: parts.map((part) => yamlScalarText(part, { flow: true })).join(', ') };
  }
  if (agency.place === 'block-item') {
    const lineStart = lineStartOf(text, agency.start);
    const prefix = text.slice(lineStart, agency.start);
    const dash = /-(\s+)$/.exec(prefix);
    if (!dash) return undefined;
    const indent = ' '.repeat(dash.index);
    const items = parts.map((part) => yamlScalarText(part));
    return { start: agency.start, end: agency.end, newText: items.join(`${eol}${indent}-${dash[1]}`) };
  }
  if (agency.place === 'single-value') {
    const key = agency.pair.key as { range?: [number, number, number] } | null;
    if (!key?.range) return undefined;
    const colon = text.indexOf(':', key.range[1]);
    if (colon < 0 || colon > agency.start) return undefined;
    const indent = ' '.repeat(key.range[0] - lineStartOf(text, key.range[0]) + 2);
    return { start: colon + 1, end: agency.end, newText: parts.map((part) => `${eol}${indent}- ${yamlScalarText(part)}`).join('') };
  }
  return undefined;
}

/** A kind to start a new catalogue entry with, guessed from the name (the person can change it). */
export function guessKind(name: string): AgencyKind {
  if (/\b(police|constabulary)\b/i.test(name)) return 'police';
  if (/\bintegrated care board\b|\bICB\b/i.test(name)) return 'ICB';
  if (/\bcommunity safety partnership\b|\bCSP\b/i.test(name)) return 'CSP';
  if (/\bsafeguarding\b.*\b(board|partnership)\b/i.test(name)) return 'safeguarding board';
  if (/\bprobation\b/i.test(name)) return 'probation';
  if (/\b(NHS|trust|hospital|health|surgery|medical practice|GP)\b/i.test(name)) return 'NHS trust';
  if (/\b(council|social care|children's services|housing)\b/i.test(name)) return 'local authority service';
  if (/^(all|contributing|partner)\b/i.test(name)) return 'collective';
  return 'voluntary sector';
}

/**
 * "Add to workspace catalogue": adds an entry to the summary's nearest catalogue file, the last
 * one layered and so the one that has the last word (after the last item of its `agencies` list,
 * block or flow, or under an empty `agencies:`; a file without the key gets one at its end), or
 * creates review-summaries.agencies.yaml in the (first) workspace folder holding the summary.
 * Undefined when there is nowhere sensible to write (the CLI has no workspace folder; a catalogue
 * that is not a mapping needs fixing first).
 */
export function addToCatalogueFix(workspace: WorkspaceData, name: string, kind: AgencyKind, area?: string): Fix | undefined {
  const fields = [`name: ${yamlScalarText(name)}`, `kind: ${kind}`, ...(area ? [`area: ${yamlScalarText(area)}`] : [])];
  const title = `Add "${name}" to the workspace catalogue`;
  const block = (indent: string, eol: string): string => fields.map((field, i) => `${indent}${i === 0 ? '- ' : '  '}${field}`).join(eol);
  const existing = workspace.agencyCatalogues.at(-1);
  if (!existing) {
    const folder = workspace.workspaceFolders[0];
    if (!folder) return undefined;
    const uri = `${folder.replace(/\/$/, '')}/${workspaceCatalogueName}`;
    const newText = `# Agencies this workspace knows besides the built-in catalogue (schema: agency-catalogue.schema.json).\nagencies:\n${block('  ', '\n')}\n`;
    return { title, edits: [], fileEdits: [{ uri, create: true, position: { line: 0, character: 0 }, newText }] };
  }
  const text = existing.text;
  const eol = lineBreakOf(text);
  const parsed = parseSummary(text);
  const root = parsed.document?.contents;
  const insert = (offset: number, newText: string): Fix => {
    const { line, col } = parsed.lineCounter.linePos(offset);
    return { title, edits: [], fileEdits: [{ uri: existing.uri, position: { line: line - 1, character: col - 1 }, newText }] };
  };
  if (root != null && !isMap(root)) return undefined;
  const pair = isMap(root) ? findPair(root, 'agencies') : undefined;
  if (!pair) {
    const separator = text === '' || text.endsWith('\n') ? '' : eol;
    return insert(text.length, `${separator}agencies:${eol}${block('  ', eol)}${eol}`);
  }
  const list = pair.value;
  const keyStart = (pair.key as { range?: [number, number, number] }).range?.[0] ?? 0;
  const keyColumn = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  if (list == null || (isScalar(list) && (list.value === null || list.value === ''))) {
    // `agencies:` with nothing after it: the entry goes at the end of that line.
    return insert(lineContentEndAt(text, keyStart), `${eol}${block(' '.repeat(keyColumn + 2), eol)}`);
  }
  if (!isSeq(list) || !list.range) return undefined;
  if (list.flow) {
    const close = text.lastIndexOf(']', list.range[1]);
    if (close < list.range[0]) return undefined;
    const flowEntry = `{ ${fields.join(', ')} }`;
    return insert(close, list.items.length > 0 ? `, ${flowEntry}` : flowEntry);
  }
  const last = list.items[list.items.length - 1] as { range?: [number, number, number] } | undefined;
  const first = list.items[0] as { range?: [number, number, number] } | undefined;
  if (!last?.range || !first?.range) return undefined;
  const column = Math.max(0, first.range[0] - (text.lastIndexOf('\n', first.range[0] - 1) + 1) - 2);
  // After the end of the last item's last line, so comments below the list stay below it.
  const lastContent = trimEndOffset(text, last.range[1]);
  return insert(lineContentEndAt(text, lastContent), `${eol}${block(' '.repeat(column), eol)}`);
}

function lineContentEndAt(text: string, offset: number): number {
  const lineFeed = text.indexOf('\n', offset);
  const end = lineFeed < 0 ? text.length : lineFeed;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function trimEndOffset(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return Math.max(0, at - 1);
}
