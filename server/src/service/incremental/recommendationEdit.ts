import type { CheckedFinding } from '../check/runChecks';
import { disableNextLineDirective, matchesRule, parseSuppressionDirective } from '../check/suppression';
import type { SourceComment } from '../parse/comments';
import type { ParsedSummary } from '../parse/parseSummary';
import type { CheckerScope } from '../rules/ruleTypes';
import type { Span } from '../types';
import { moveFinding, spansOf } from './findingShift';
import { chunkEnd, chunkHolding, shiftTable, type ChunkTable } from './recommendationChunks';
import { windowShape, type RecommendationShape } from './recommendationShape';
import type { TextChange } from './textDiff';

/** What the service remembers of the last checked version of a document, to check the next one quickly. */
export interface CheckedSnapshot {
  text: string;
  findings: CheckedFinding[];
  table: ChunkTable;
  /** Each recommendation as it stands in `text` (see recommendationShape.ts). */
  shapes: RecommendationShape[];
}

export interface RecommendationEditOptions {
  maxDiagnostics: number;
  maxFileSize: number;
  /** The scope of the checker of each rule id; a rule not listed may read anything. */
  scopes: ReadonlyMap<string, CheckerScope>;
  /**
   * Parses a window and runs the `recommendation`-scope checkers on it (severities and
   * suppressions applied); `index` is the file's index of the window's recommendation.
   */
  checkWindow(text: string, index: number): { parsed: ParsedSummary; findings: CheckedFinding[] };
}

/** Why recommendationEdit gave up, for tests and the benchmark; the caller then checks the whole file. */
export type FallbackReason =
  | 'limits'
  | 'outside-one-recommendation'
  | 'suppression-comment'
  | 'window-not-one-recommendation'
  | 'file-level-fields-changed'
  | 'finding-reaches-out'
  | 'names-changed'
  | 'finding-touches-edit';

export type RecommendationEditResult = { findings: CheckedFinding[]; snapshot: CheckedSnapshot } | { fallback: FallbackReason };

/**
 * The findings of `text` from those of the previous version (`change` is where they differ, see
 * textDiff.ts), when the change lies inside one recommendation: that recommendation alone is
 * parsed and checked, after the redaction block (a window of a kilobyte or so, where the file may
 * be hundreds). It relies on each checker's declared scope (CheckerScope):
 *
 * - `recommendation`-scope findings in the recommendation are replaced by the window's;
 * - every other finding stands, moved with the text, provided the fields the `file`-scope checkers
 *   read are unchanged and no finding's span touches the changed text;
 * - a name's findings (groupedAcrossFile: their fixes cover every place the words are written)
 *   stand only if the window finds the same names at the same places.
 *
 * It falls back (the caller checks the whole file) when it cannot be sure: the change crosses a
 * recommendation's boundary or moves its dash, the window does not parse as one recommendation,
 * a suppression comment could reach across the boundary or names a file-scope rule, a limit is
 * reached. The property test in test/unit/incremental/matchesWholeFileCheck.test.ts holds this to a whole-file check.
 */
export function checkRecommendationEdit(
  previous: CheckedSnapshot,
  text: string,
  change: TextChange | undefined,
  options: RecommendationEditOptions,
): RecommendationEditResult {
  if (!change) return { findings: previous.findings, snapshot: { ...previous, text } };
  if (text.length > options.maxFileSize || previous.text.length > options.maxFileSize) return { fallback: 'limits' };
  if (previous.findings.some((f) => f.rule.startsWith('limits/') || f.rule.startsWith('internal/'))) return { fallback: 'limits' };
  const { table } = previous;
  const index = chunkHolding(table, change.start, change.oldEnd);
  if (index === undefined) return { fallback: 'outside-one-recommendation' };
  const chunkStart = table.starts[index];
  const oldChunkEnd = chunkEnd(table, index);
  // The chunk's final line break stays, so the next recommendation's first line is untouched.
  if (previous.text[oldChunkEnd - 1] === '\n' && change.oldEnd > oldChunkEnd - 1) return { fallback: 'outside-one-recommendation' };
  const delta = change.newEnd - change.oldEnd;
  const oldChunk = previous.text.slice(chunkStart, oldChunkEnd);
  const newChunk = text.slice(chunkStart, oldChunkEnd + delta);
  if (directiveAbove(previous.text, chunkStart)) return { fallback: 'suppression-comment' };

  const prefix = `${table.proseHeader}recommendations:\n`;
  const base = prefix.length;
  const window = options.checkWindow(prefix + newChunk, index);
  const { parsed } = window;
  if (parsed.errors.length > 0 || parsed.warnings.length > 0 || parsed.extraDocuments.length > 0)
    return { fallback: 'window-not-one-recommendation' };
  if (window.findings.some((f) => f.rule.startsWith('limits/') || f.rule.startsWith('internal/'))) return { fallback: 'limits' };
  const oldShape = previous.shapes[index];
  const newShape = windowShape(parsed, base);
  if (!newShape || newShape.dash !== oldShape.dash) return { fallback: 'window-not-one-recommendation' };
  if (!sameFileLevelFields(oldShape.value, newShape.value, options.scopes)) return { fallback: 'file-level-fields-changed' };
  for (const [shape, chunk] of [
    [oldShape, oldChunk],
    [newShape, newChunk],
  ] as const) {
    if (suppressionReachesOut(shape.comments, chunk, options.scopes)) return { fallback: 'suppression-comment' };
  }

  const isLocal = (finding: CheckedFinding): boolean => options.scopes.get(finding.rule)?.kind === 'recommendation';
  const newTable = shiftTable(table, index, delta);
  const headerLength = table.proseHeader.length;
  const fromWindow = (offset: number): number | undefined =>
    offset >= base ? chunkStart + offset - base : offset < headerLength ? newTable.proseHeaderStart + offset : undefined;
  const inOldChunk = (finding: CheckedFinding): boolean => finding.start >= chunkStart && finding.start < oldChunkEnd;
  const windowLocal = window.findings.filter((f) => isLocal(f) && f.start >= base && f.start < base + newChunk.length);

  // A name's findings depend on every place its words are written, and their fixes' replacement
  // words on the text around each place: the window sees only this recommendation's places, so
  // they must be the same names at the same places, with the same edits here, as before.
  const inHeader = (span: Span): boolean => span.start >= table.proseHeaderStart && span.end <= table.proseHeaderStart + headerLength;
  const inChunk = (span: Span): boolean => span.start >= chunkStart && span.end <= oldChunkEnd;
  const oldToNew = (offset: number): number | undefined =>
    offset <= change.start ? offset : offset >= change.oldEnd ? offset + delta : undefined;
  const oldNames = nameSignature(
    previous.findings,
    (f) => inOldChunk(f),
    (span, here) => inChunk(span) || (here && inHeader(span)),
    oldToNew,
  );
  const newNames = nameSignature(
    windowLocal,
    () => true,
    () => true,
    fromWindow,
  );
  if (oldNames === undefined || newNames === undefined || oldNames !== newNames) return { fallback: 'names-changed' };

  const added: CheckedFinding[] = [];
  for (const finding of windowLocal) {
    if (finding.groupedAcrossFile) continue;
    let mapped = true;
    const moved = moveFinding(finding, (offset) => {
      const real = fromWindow(offset);
      if (real === undefined) mapped = false;
      return real ?? offset;
    });
    if (!mapped) return { fallback: 'finding-reaches-out' };
    added.push(moved);
  }
  const kept: CheckedFinding[] = [];
  for (const finding of previous.findings) {
    if (isLocal(finding) && inOldChunk(finding) && !finding.groupedAcrossFile) {
      // Replaced by the window's, which can only have seen this recommendation and the header.
      if (spansOf(finding).some((span) => !inChunk(span) && !inHeader(span))) return { fallback: 'finding-reaches-out' };
      continue;
    }
    if (spansOf(finding).some((span) => span.start <= change.oldEnd && span.end >= change.start))
      return { fallback: 'finding-touches-edit' };
    kept.push(moveFinding(finding, (offset) => (offset >= change.oldEnd ? offset + delta : offset)));
  }
  const findings = mergeByPosition(kept, added);
  if (findings.length > options.maxDiagnostics) return { fallback: 'limits' };
  const shapes = previous.shapes.slice();
  shapes[index] = newShape;
  return { findings, snapshot: { text, findings, table: newTable, shapes } };
}

/**
 * What the findings grouped across the file (names) say about one recommendation, as one string:
 * each such finding there (`isHere`), and every edit of such a finding's fixes that lies there
 * (`editHere`: a finding elsewhere may replace words here too; the redaction block's edits count
 * for the findings here only), with offsets
 * as `map` places them in the new text. Undefined when an offset cannot be placed.
 */
function nameSignature(
  findings: readonly CheckedFinding[],
  isHere: (finding: CheckedFinding) => boolean,
  editHere: (span: Span, findingIsHere: boolean) => boolean,
  map: (offset: number) => number | undefined,
): string | undefined {
  const lines = new Set<string>();
  const place = (span: Span): string | undefined => {
    const [start, end] = [map(span.start), map(span.end)];
    return start === undefined || end === undefined ? undefined : `${start}-${end}`;
  };
  for (const finding of findings) {
    if (!finding.groupedAcrossFile) continue;
    const here = isHere(finding);
    if (here) {
      const at = place(finding);
      if (at === undefined) return undefined;
      lines.add(`finding ${finding.rule} ${at} ${finding.message}`);
    }
    (finding.fixes ?? []).forEach((fix, index) => {
      for (const edit of fix.edits) {
        if (!editHere(edit, here)) continue;
        const at = place(edit);
        lines.add(at === undefined ? 'unplaceable' : `fix ${index} ${at} ${JSON.stringify(edit.newText)}`);
      }
    });
  }
  if (lines.has('unplaceable')) return undefined;
  return [...lines].sort().join('\n');
}

/** The fields the file-scope checkers read are the same in both versions of the recommendation. */
function sameFileLevelFields(before: unknown, after: unknown, scopes: ReadonlyMap<string, CheckerScope>): boolean {
  if (!isRecord(before) || !isRecord(after)) return false;
  const fields = new Set<string>();
  for (const scope of scopes.values()) if (scope.kind === 'file') for (const field of scope.readsFields) fields.add(field);
  for (const field of fields) if (!deepEqual(before[field], after[field])) return false;
  return true;
}

/**
 * Whether a suppression comment in the recommendation could act outside what the window sees: one
 * after its last content line silences the next recommendation's first line, and one naming a
 * file-scope rule (or a family that holds one) silences findings the window does not compute.
 */
function suppressionReachesOut(comments: readonly SourceComment[], chunk: string, scopes: ReadonlyMap<string, CheckerScope>): boolean {
  const tail = lastContentLineStart(chunk);
  for (const comment of comments) {
    const suppression = parseSuppressionDirective(comment.text);
    if (!suppression) continue;
    if (suppression.reaches === 'next-line' && comment.offset >= tail) return true;
    for (const [rule, scope] of scopes) {
      if (scope.kind === 'file' && suppression.patterns.some((pattern) => matchesRule(pattern, rule))) return true;
    }
  }
  return false;
}

/** Whether a `disable-next-line` comment above the recommendation (between it and the last content line before it, or on that line) reaches its first line. */
function directiveAbove(text: string, chunkStart: number): boolean {
  let lineStart = chunkStart;
  while (lineStart > 0) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(previousStart, lineStart);
    if (line.includes(disableNextLineDirective)) return true;
    const content = line.trim();
    if (content.length > 0 && !content.startsWith('#')) return false;
    lineStart = previousStart;
  }
  return false;
}

/** The offset of the last line with content (not blank, not only a comment) in a chunk. */
function lastContentLineStart(chunk: string): number {
  let end = chunk.length;
  while (end > 0) {
    const start = chunk.lastIndexOf('\n', end - 2) + 1;
    const content = chunk.slice(start, end).trim();
    if (content.length > 0 && !content.startsWith('#')) return start;
    end = start;
  }
  return 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key, i) => key === keysB[i] && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
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
