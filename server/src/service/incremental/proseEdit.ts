import { isMap, isScalar, isSeq } from 'yaml';
import type { Scalar } from 'yaml';
import type { CheckedFinding } from '../check/runChecks';
import { findPair, toPlainValue, type ParsedSummary } from '../parse/parseSummary';
import { chunkEnd, chunkHolding, shiftTable, type ChunkTable } from './recommendationChunks';
import { moveFinding, sameFindings, spansOf } from './findingShift';
import { textChange } from './textDiff';

/** One recommendation checked on its own, inside the file's other top-level fields. */
export interface WindowCheck {
  /** The recommendation's text (its lines, as in the file). */
  chunk: string;
  /** Where the recommendation starts in the window's text. */
  base: number;
  parsed: ParsedSummary;
  findings: CheckedFinding[];
}

/** What the service remembers of the last checked version of a document, to check the next one quickly. */
export interface CheckedSnapshot {
  text: string;
  findings: CheckedFinding[];
  table: ChunkTable;
  /** The last recommendation checked on its own, reused when the next keystroke lands in it too. */
  window?: { index: number; check: WindowCheck };
}

export interface ProseEditOptions {
  maxDiagnostics: number;
  maxFileSize: number;
  /** Parses and checks a window text (every checker, severities and suppressions applied). */
  checkWindow(text: string): { parsed: ParsedSummary; findings: CheckedFinding[] };
}

/** Builds the window for recommendation `chunk`: the fields prose findings depend on, then it as the only recommendation. */
export function checkChunk(table: ChunkTable, chunk: string, options: ProseEditOptions): WindowCheck {
  const prefix = `${table.proseHeader}recommendations:\n`;
  const { parsed, findings } = options.checkWindow(prefix + chunk);
  return { chunk, base: prefix.length, parsed, findings };
}

/**
 * The findings of `text` from those of the previous version, when the only change is inside the
 * prose of one recommendation (its `text`, or a part's `text`): that recommendation is parsed and
 * checked alone (see checkChunk), its findings inside the edited text replace the old ones there,
 * and every other finding moves with the text. Undefined whenever that could differ from checking
 * the whole file; the caller then does so. The guards, in order:
 *
 * - the change lies in one recommendation, inside one `text` scalar that keeps its kind, and is
 *   not on the recommendation's first line (a suppression comment above it would be out of view);
 * - the recommendation parses cleanly before and after, with the same structure and comments
 *   apart from that text, and its findings outside that text are the same before and after;
 * - checked alone, the old text gives exactly the findings the whole-file check gave there (so
 *   nothing from the rest of the file bears on them);
 * - no finding in the text, before or after, reaches outside it (a related place, a fix's edit or
 *   a command's range) or is grouped across the file (a name's "replace everywhere"): such
 *   findings depend on the whole file;
 * - no other finding touches the text, and the limits (diagnostics per file, file size) are not
 *   reached.
 */
export function checkProseEdit(previous: CheckedSnapshot, text: string, options: ProseEditOptions): { findings: CheckedFinding[]; snapshot: CheckedSnapshot } | undefined {
  const change = textChange(previous.text, text);
  if (!change) return { findings: previous.findings, snapshot: { ...previous, text } };
  if (text.length > options.maxFileSize || previous.text.length > options.maxFileSize) return undefined;
  const { table } = previous;
  const index = chunkHolding(table, change.start, change.oldEnd);
  if (index === undefined) return undefined;
  const chunkStart = table.starts[index];
  const oldChunkEnd = chunkEnd(table, index);
  // The chunk's final line break stays, so the next recommendation's first line is untouched.
  if (previous.text[oldChunkEnd - 1] === '\n' && change.oldEnd > oldChunkEnd - 1) return undefined;
  const delta = change.newEnd - change.oldEnd;
  const oldChunk = previous.text.slice(chunkStart, oldChunkEnd);
  const newChunk = text.slice(chunkStart, oldChunkEnd + delta);

  const reused = previous.window?.index === index && previous.window.check.chunk === oldChunk ? previous.window.check : undefined;
  const before = reused ?? checkChunk(table, oldChunk, options);
  const after = checkChunk(table, newChunk, options);
  // A window over a limit (too many findings) is not the whole story of its recommendation.
  if ([...before.findings, ...after.findings].some((f) => f.rule.startsWith('limits/'))) return undefined;
  const base = before.base;
  const toWindow = (offset: number): number => offset - chunkStart + base;
  const oldScalar = proseScalar(before.parsed, toWindow(change.start), toWindow(change.oldEnd));
  const newScalar = proseScalar(after.parsed, toWindow(change.start), toWindow(change.newEnd));
  if (!oldScalar || !newScalar || oldScalar.path !== newScalar.path || oldScalar.node.type !== newScalar.node.type) return undefined;
  const [oldStart, oldEnd] = [oldScalar.node.range![0], oldScalar.node.range![1]];
  const [newStart, newEnd] = [newScalar.node.range![0], newScalar.node.range![1]];
  if (newStart !== oldStart || newEnd !== oldEnd + delta) return undefined;
  // Not on the recommendation's first line: a comment on the line above belongs to another one.
  if (!before.chunk.slice(0, oldStart - base).includes('\n')) return undefined;
  if (!sameStructure(before.parsed, after.parsed, oldScalar.path)) return undefined;

  const inside = (finding: CheckedFinding, start: number, end: number): boolean => finding.start >= start && finding.end <= end;
  const oldInside = before.findings.filter((f) => inside(f, oldStart, oldEnd));
  const newInside = after.findings.filter((f) => inside(f, newStart, newEnd));
  const reachesOut = (finding: CheckedFinding, start: number, end: number): boolean =>
    finding.groupedAcrossFile === true || spansOf(finding).some((span) => span.start < start || span.end > end);
  if (oldInside.some((f) => reachesOut(f, oldStart, oldEnd)) || newInside.some((f) => reachesOut(f, newStart, newEnd))) return undefined;
  // Outside the text, the recommendation checked alone must look the same before and after.
  const alignAfter = (offset: number): number => (offset >= newEnd ? offset - delta : offset);
  const oldOutside = before.findings.filter((f) => !inside(f, oldStart, oldEnd));
  const newOutside = after.findings.filter((f) => !inside(f, newStart, newEnd)).map((f) => moveFinding(f, alignAfter));
  if (!sameFindings(oldOutside, newOutside)) return undefined;

  // The whole-file findings in the edited text must be exactly what the window gave for it.
  const realOldStart = oldStart - base + chunkStart;
  const realOldEnd = oldEnd - base + chunkStart;
  const previousInside = previous.findings.filter((f) => inside(f, realOldStart, realOldEnd));
  const windowToReal = (offset: number): number => offset - base + chunkStart;
  if (!sameFindings(previousInside, oldInside.map((f) => moveFinding(f, windowToReal)))) return undefined;
  const kept: CheckedFinding[] = [];
  for (const finding of previous.findings) {
    if (inside(finding, realOldStart, realOldEnd)) continue;
    if (finding.rule === 'limits/too-many-diagnostics') return undefined;
    if (spansOf(finding).some((span) => span.start < realOldEnd && span.end > realOldStart)) return undefined;
    kept.push(moveFinding(finding, (offset) => (offset >= realOldEnd ? offset + delta : offset)));
  }
  const added = newInside.map((f) => moveFinding(f, windowToReal));
  const findings = mergeByPosition(kept, added);
  if (findings.length > options.maxDiagnostics) return undefined;
  return { findings, snapshot: { text, findings, table: shiftTable(table, index, delta), window: { index, check: after } } };
}

/**
 * The prose scalar holding [start, end) in a window: the `text` of its recommendation or of one of
 * its parts, with a path naming which.
 */
function proseScalar(parsed: ParsedSummary, start: number, end: number): { node: Scalar; path: string } | undefined {
  const root = parsed.document?.contents;
  if (!isMap(root)) return undefined;
  const list = findPair(root, 'recommendations')?.value;
  const item = isSeq(list) && list.items.length === 1 ? list.items[0] : undefined;
  if (!isMap(item)) return undefined;
  const candidates: Array<{ node: unknown; path: string }> = [{ node: findPair(item, 'text')?.value, path: 'text' }];
  const parts = findPair(item, 'parts')?.value;
  if (isSeq(parts)) parts.items.forEach((part, i) => isMap(part) && candidates.push({ node: findPair(part, 'text')?.value, path: `parts.${i}.text` }));
  for (const { node, path } of candidates) {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
    if (node.range[0] <= start && end <= node.range[1]) return { node, path };
  }
  return undefined;
}

/**
 * Both windows parse cleanly, and differ at most in the prose at `path` (comments included). The
 * header is the same text in both, so only the recommendation's value is compared.
 */
function sameStructure(before: ParsedSummary, after: ParsedSummary, path: string): boolean {
  for (const parsed of [before, after]) if (parsed.errors.length > 0 || parsed.warnings.length > 0 || parsed.extraDocuments.length > 0) return false;
  if (before.comments.length !== after.comments.length || before.comments.some((c, i) => c.text !== after.comments[i].text)) return false;
  const item = (parsed: ParsedSummary): unknown => (parsed.value as { recommendations?: unknown[] } | undefined)?.recommendations?.[0];
  return equalExcept(item(before), item(after), path.split('.'));
}

/** Deep equality of plain values, ignoring the value at `skip` (a path of keys and indexes). */
function equalExcept(a: unknown, b: unknown, skip: readonly string[] | undefined): boolean {
  if (skip && skip.length === 0) return true;
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i];
    if (key !== keysB[i]) return false;
    const rest = skip && skip[0] === key ? skip.slice(1) : undefined;
    if (!equalExcept((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], rest)) return false;
  }
  return true;
}

/** The two lists (each already in check order) merged as runChecks orders findings. */
function mergeByPosition(a: CheckedFinding[], b: CheckedFinding[]): CheckedFinding[] {
  const order = (x: CheckedFinding, y: CheckedFinding): number => x.start - y.start || x.end - y.end || x.rule.localeCompare(y.rule);
  const out: CheckedFinding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(order(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
