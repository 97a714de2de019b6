import { isMap, isSeq } from 'yaml';
import { lineBreakOf } from '../edit/lines';
import { yamlScalarText } from '../edit/yamlScalarText';
import { findPair, parseSummary } from '../parse/parseSummary';
import type { Fix, OffsetEdit } from '../types';
import type { WorkspaceData } from '../workspace';
import type { AgencyKind } from './agencyTypes';
import type { WrittenAgency } from './writtenAgencies';
import { workspaceCatalogueName } from './workspaceCatalogue';

/** Replaces one written agency with another name, in the quoting the place needs. */
export function renameEdit(agency: WrittenAgency, name: string): OffsetEdit {
  return { start: agency.start, end: agency.end, newText: yamlScalarText(name, { flow: agency.place === 'flow-item', prefer: agency.quote }) };
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
 * "Add to workspace catalogue": appends an entry to the workspace's first catalogue file (after
 * the last item of its `agencies` block list), or creates review-summaries.agencies.yaml in the
 * first workspace folder. Undefined when there is nowhere to write (the CLI has no workspace).
 */
export function addToCatalogueFix(workspace: WorkspaceData, name: string, kind: AgencyKind, area?: string): Fix | undefined {
  const fields = [`name: ${yamlScalarText(name)}`, `kind: ${kind}`, ...(area ? [`area: ${yamlScalarText(area)}`] : [])];
  const title = `Add "${name}" to the workspace catalogue`;
  const existing = workspace.agencyCatalogues[0];
  if (existing) {
    const eol = lineBreakOf(existing.text);
    const parsed = parseSummary(existing.text);
    const root = parsed.document?.contents;
    const list = isMap(root) ? findPair(root, 'agencies')?.value : undefined;
    const lines = existing.text.split(/\r?\n/);
    const endPosition = { line: lines.length - 1, character: lines[lines.length - 1].length };
    if (isSeq(list) && !list.flow && list.items.length > 0 && list.range) {
      const first = list.items[0] as { range?: [number, number, number] };
      const lineStart = existing.text.lastIndexOf('\n', (first.range?.[0] ?? 0) - 1) + 1;
      const column = Math.max(0, (first.range?.[0] ?? 0) - lineStart - 2);
      const indent = ' '.repeat(column);
      const end = parsed.lineCounter.linePos(list.range[1]);
      // Insert at the end of the list's last line (linePos is 1-based), so comments after it stay after it.
      const lastLine = lines[Math.max(0, end.col === 1 ? end.line - 2 : end.line - 1)];
      const line = Math.max(0, end.col === 1 ? end.line - 2 : end.line - 1);
      const newText = eol + fields.map((field, i) => `${indent}${i === 0 ? '- ' : '  '}${field}`).join(eol);
      return { title, edits: [], fileEdits: [{ uri: existing.uri, position: { line, character: lastLine.length }, newText }] };
    }
    if (!list) {
      const separator = existing.text === '' || existing.text.endsWith('\n') ? '' : eol;
      const newText = `${separator}agencies:${eol}${fields.map((field, i) => `  ${i === 0 ? '- ' : '  '}${field}`).join(eol)}${eol}`;
      return { title, edits: [], fileEdits: [{ uri: existing.uri, position: endPosition, newText }] };
    }
    return undefined;
  }
  const folder = workspace.workspaceFolders[0];
  if (!folder) return undefined;
  const uri = `${folder.replace(/\/$/, '')}/${workspaceCatalogueName}`;
  const newText = `# Agencies this workspace knows besides the built-in catalogue (schema: agency-catalogue.schema.json).\nagencies:\n${fields.map((field, i) => `  ${i === 0 ? '- ' : '  '}${field}`).join('\n')}\n`;
  return { title, edits: [], fileEdits: [{ uri, create: true, position: { line: 0, character: 0 }, newText }] };
}
