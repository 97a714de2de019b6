import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, YAMLMap, YAMLSeq } from 'yaml';
import type { ParsedSummary } from '../parse/parseSummary';
import { findPair } from '../parse/parseSummary';
import type { Fix, OffsetEdit } from '../types';
import { hashedEntry } from './normalize';
import { sourceSpan, type ScalarSource } from './scalarSource';
import { redactionPair } from './textUnits';

/** Words found in one scalar, in value offsets (the scalar's source map places them). */
export interface Occurrence {
  source: ScalarSource;
  start: number;
  end: number;
  words: string;
}

/**
 * Edits that write `role` in place of every occurrence. Each edit touches only the words (plus
 * the line break between them when a name was folded across lines); the role is capitalised at
 * the start of a sentence and written as the scalar's style needs (`''` in single quotes).
 */
export function replaceEverywhereEdits(occurrences: readonly Occurrence[], role: string): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  const seen = new Set<number>();
  for (const occurrence of occurrences) {
    const span = sourceSpan(occurrence.source, occurrence.start, occurrence.end);
    if (seen.has(span.start)) continue;
    seen.add(span.start);
    const words = startsSentence(occurrence.source.value, occurrence.start) ? role.charAt(0).toUpperCase() + role.slice(1) : role;
    edits.push({ start: span.start, end: span.end, newText: encodeForStyle(words, occurrence.source.style) });
  }
  return edits.sort((a, b) => a.start - b.start);
}

function startsSentence(value: string, start: number): boolean {
  const before = value.slice(0, start).trimEnd();
  return before.length === 0 || /[.!?]["”’')]?$/.test(before);
}

export function encodeForStyle(text: string, style: ScalarSource['style']): string {
  if (style === 'QUOTE_SINGLE') return text.replace(/'/g, "''");
  if (style === 'QUOTE_DOUBLE') return text.replace(/[\\"]/g, (c) => `\\${c}`);
  return text;
}

/** Quick fixes that add the words to `redaction.allow` or `redaction.names` (plain or hashed). */
export function listEntryFixes(parsed: ParsedSummary, words: string): Fix[] {
  const fixes: Fix[] = [];
  const allow = insertListEntry(parsed, 'allow', words);
  if (allow) fixes.push({ title: `Add "${words}" to redaction.allow (it is not a person's name)`, edits: [allow] });
  const plain = insertListEntry(parsed, 'names', words);
  if (plain) fixes.push({ title: `Add "${words}" to redaction.names`, edits: [plain] });
  const hashed = insertListEntry(parsed, 'names', hashedEntry(words));
  if (hashed)
    fixes.push({
      title: `Add "${words}" to redaction.names as a hash (hides it from a casual reader, not from someone guessing names from a list)`,
      edits: [hashed],
    });
  return fixes;
}

/** A YAML scalar for an entry: plain when that reads back unchanged, JSON-quoted otherwise. */
export function yamlEntry(entry: string): string {
  const plainSafe =
    /^[\p{L}][\p{L}\p{M}\p{N} .'’-]*$/u.test(entry) && !/^(?:true|false|null|yes|no|on|off|y|n|~)$/i.test(entry) && !/\s$/.test(entry);
  return plainSafe || /^sha256:[0-9a-f]{64}$/.test(entry) ? entry : JSON.stringify(entry);
}

/**
 * The minimal edit that appends `entry` to `redaction.<list>`: a new `- entry` line under the
 * list's last item (block list), `, entry` before `]` (flow list), a new `<list>:` key in the
 * `redaction` block, or a new `redaction` block at the end of the document. Undefined when the
 * layout is too unusual to edit safely (then no fix is offered rather than a wrong one).
 */
export function insertListEntry(parsed: ParsedSummary, list: 'names' | 'allow', entry: string): OffsetEdit | undefined {
  const { text } = parsed;
  const root = parsed.document?.contents;
  if (!isMap(root) || root.flow || !root.range) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const item = yamlEntry(entry);
  const pair = redactionPair(parsed);
  const rootIndent = columnOf(text, root.range[0]);
  const step = detectIndentStep(root, text);
  // How far this file indents a list's dashes under its key (0 for "key:\n- item").
  const dash = detectSeqIndent(root, text);
  if (!pair) {
    const block = `redaction:${eol}${pad(rootIndent + step)}${list}:${eol}${pad(rootIndent + step + dash)}- ${item}`;
    const at = endOfLastLine(text, root.range[1]);
    return { start: at, end: at, newText: `${eol}${pad(rootIndent)}${block}` };
  }
  const value = pair.value as YamlNode | null;
  const keyNode = pair.key as YamlNode;
  if (!value || (isScalar(value) && (value.value === null || value.value === ''))) {
    const at = endOfLine(text, keyNode.range![1]);
    const indent = columnOf(text, keyNode.range![0]) + step;
    return { start: at, end: at, newText: `${eol}${pad(indent)}${list}:${eol}${pad(indent + dash)}- ${item}` };
  }
  if (!isMap(value) || value.flow || !value.range) return undefined;
  const listPair = findPair(value as YAMLMap<unknown, unknown>, list);
  const mapIndent = columnOf(text, value.range[0]);
  if (!listPair) {
    const at = lineStartOf(text, value.range[0]);
    return { start: at, end: at, newText: `${pad(mapIndent)}${list}:${eol}${pad(mapIndent + dash)}- ${item}${eol}` };
  }
  const seq = listPair.value as YamlNode | null;
  if (!seq || (isScalar(seq) && seq.value === null)) {
    const at = endOfLine(text, (listPair.key as YamlNode).range![1]);
    return { start: at, end: at, newText: `${eol}${pad(mapIndent + dash)}- ${item}` };
  }
  if (!isSeq(seq) || !seq.range) return undefined;
  if (seq.flow) {
    const close = text.lastIndexOf(']', seq.range[1]);
    if (close < seq.range[0]) return undefined;
    return { start: close, end: close, newText: seq.items.length > 0 ? `, ${item}` : item };
  }
  const last = (seq as YAMLSeq<unknown>).items[seq.items.length - 1] as YamlNode | null;
  const dashColumn = columnOf(text, seq.range[0]);
  const at = endOfLastLine(text, last?.range ? last.range[1] : seq.range[1]);
  return { start: at, end: at, newText: `${eol}${pad(dashColumn)}- ${item}` };
}

const pad = (n: number) => ' '.repeat(n);

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

/** The end of the last line with content at or before `offset` (a node's range may end after its line break). */
function endOfLastLine(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return endOfLine(text, at);
}

function detectIndentStep(root: YAMLMap<unknown, unknown>, text: string): number {
  for (const pair of root.items) {
    const value = pair.value as YamlNode | null;
    if (isMap(value) && !value.flow && value.range) {
      const step = columnOf(text, value.range[0]) - columnOf(text, (pair.key as YamlNode).range![0]);
      if (step > 0) return step;
    }
  }
  return 2;
}

function detectSeqIndent(root: YAMLMap<unknown, unknown>, text: string): number {
  const seqs: Array<[YamlNode, YamlNode]> = [];
  const collect = (map: YAMLMap<unknown, unknown>, depth: number) => {
    for (const pair of map.items) {
      const value = pair.value as YamlNode | null;
      if (isSeq(value) && !value.flow && value.range) seqs.push([pair.key as YamlNode, value]);
      else if (isMap(value) && depth < 2) collect(value as YAMLMap<unknown, unknown>, depth + 1);
    }
  };
  collect(root, 0);
  for (const [key, seq] of seqs)
    if (key.range && seq.range) return Math.max(0, columnOf(text, seq.range[0]) - columnOf(text, key.range[0]));
  return 2;
}
