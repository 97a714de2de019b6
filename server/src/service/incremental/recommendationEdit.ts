import type { CheckedFinding } from '../check/runChecks';
import { disableNextLineDirective, matchesRule, parseSuppressionDirective } from '../check/suppression';
import type { SourceComment } from '../parse/comments';
import type { ParsedSummary } from '../parse/parseSummary';
import type { CheckerScope, ListChecker } from '../rules/ruleTypes';
import type { Span } from '../types';
import { moveFinding, spansOf } from './findingShift';
import { editedRange } from './editedRange';
import { sameListFacts, spliceListFacts, type ListFacts } from './listFacts';
import { chunkEnd, type ChunkTable } from './recommendationChunks';
import { windowItems, type RecommendationShape } from './recommendationShape';
import type { TextChange } from './textDiff';

/** What the service remembers of the last checked version of a document, to check the next one quickly. */
export interface CheckedSnapshot {
  text: string;
  findings: CheckedFinding[];
  table: ChunkTable;
  /** Each recommendation as it stands in `text` (see recommendationShape.ts). */
  shapes: RecommendationShape[];
  /** What the list checkers know of each recommendation (see listFacts.ts). */
  listFacts: ListFacts;
  /** A suppression comment in the file names a list checker's rule (see suppressesListRule). */
  listRulesSuppressed: boolean;
}

export interface RecommendationEditOptions {
  maxDiagnostics: number;
  maxFileSize: number;
  /** The scope of the checker of each rule id; a rule not listed may read anything. */
  scopes: ReadonlyMap<string, CheckerScope>;
  /**
   * Parses a window and runs the `recommendation`-scope checkers on it (severities and
   * suppressions applied); `index` is the file's index of the window's first recommendation.
   */
  checkWindow(text: string, index: number): { parsed: ParsedSummary; findings: CheckedFinding[] };
  /** The checkers that judge the whole list (see ListChecker), in the order their facts are kept. */
  listCheckers: readonly ListChecker[];
  /** The list checkers' facts of a window's recommendations, whose lines start at `starts` in it. */
  windowListFacts(parsed: ParsedSummary, starts: readonly number[], index: number): ListFacts | undefined;
  /** The list checkers' findings from every recommendation's facts, severities applied; undefined if one failed. */
  judgeList(facts: ListFacts, starts: readonly number[]): CheckedFinding[] | undefined;
}

/** Why recommendationEdit gave up, for tests and the benchmark; the caller then checks the whole file. */
export type FallbackReason =
  | 'limits'
  | 'outside-the-recommendations'
  | 'suppression-comment'
  | 'window-not-recommendations'
  | 'file-level-fields-changed'
  | 'positions-shifted'
  | 'finding-reaches-out'
  | 'names-changed'
  | 'finding-touches-edit'
  | 'list-judgement-failed';

export type RecommendationEditResult = { findings: CheckedFinding[]; snapshot: CheckedSnapshot } | { fallback: FallbackReason };

/**
 * The findings of `text` from those of the previous version (`change` is where they differ, see
 * textDiff.ts), when the change lies inside the recommendations list: the recommendations it
 * touches (usually one; two when it joins them; more or fewer when it adds or removes some) are
 * parsed and checked alone, after the redaction block (a window of a kilobyte or so, where the
 * file may be hundreds). It relies on each checker's declared scope (CheckerScope):
 *
 * - `recommendation`-scope findings in those recommendations are replaced by the window's;
 * - `list`-scope findings are judged again from every recommendation's facts (the window's for
 *   the edited ones, the kept ones for the others) when the edited ones' facts changed;
 * - every other finding stands, moved with the text, provided the fields the `file`-scope checkers
 *   read are unchanged and no finding's span touches the changed text;
 * - a name's findings (groupedAcrossFile: their fixes cover every place the words are written)
 *   stand only if the window finds the same names at the same places.
 *
 * It falls back (the caller checks the whole file) when it cannot be sure: the change reaches a
 * top-level field, the window does not parse as recommendations at the list's indentation, a
 * suppression comment could reach across the window's edge or names a rule judged across the file,
 * recommendations added or removed would rename findings after them ("the 7th recommendation"), a
 * limit is reached. The property test in test/unit/incremental/matchesWholeFileCheck.test.ts holds
 * this to a whole-file check.
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
  const { scopes } = options;
  const range = editedRange(table, previous.text, text, change);
  if (!range) return { fallback: 'outside-the-recommendations' };
  const delta = change.newEnd - change.oldEnd;
  const newSlice = text.slice(range.start, range.end + delta);
  if (directiveAbove(previous.text, range.start)) return { fallback: 'suppression-comment' };

  const prefix = `${table.proseHeader}recommendations:\n`;
  const base = prefix.length;
  const window = options.checkWindow(prefix + newSlice, range.first);
  const { parsed } = window;
  if (parsed.errors.length > 0 || parsed.warnings.length > 0 || parsed.extraDocuments.length > 0)
    return { fallback: 'window-not-recommendations' };
  if (window.findings.some((f) => f.rule.startsWith('limits/') || f.rule.startsWith('internal/'))) return { fallback: 'limits' };
  const oldShapes = previous.shapes.slice(range.first, range.last + 1);
  const items = windowItems(parsed, base);
  // The first item must start the window (lines before it would belong to the item above), every
  // dash must stand where the list's dashes stand.
  if (!items || items[0].start !== base || items.some((item) => item.shape.dash !== oldShapes[0].dash))
    return { fallback: 'window-not-recommendations' };
  const newShapes = items.map((item) => item.shape);
  const countChanged = newShapes.length !== oldShapes.length;
  if (!sameFileLevelFields(oldShapes, newShapes, scopes)) return { fallback: 'file-level-fields-changed' };
  const oldChunks = oldShapes.map((_, i) => previous.text.slice(table.starts[range.first + i], chunkEnd(table, range.first + i)));
  const newChunks = items.map((item, i) => window.parsed.text.slice(item.start, items[i + 1]?.start ?? window.parsed.text.length));
  for (const [shapes, chunks] of [
    [oldShapes, oldChunks],
    [newShapes, newChunks],
  ] as const) {
    if (shapes.some((shape, i) => suppressionReachesOut(shape.comments, chunks[i], scopes))) return { fallback: 'suppression-comment' };
  }

  const isLocal = (finding: CheckedFinding): boolean => scopes.get(finding.rule)?.kind === 'recommendation';
  const isList = (finding: CheckedFinding): boolean => scopes.get(finding.rule)?.kind === 'list';
  const inOldRange = (finding: CheckedFinding): boolean => finding.start >= range.start && finding.start < range.end;
  // Messages name recommendations by position ("the 7th recommendation"): with items added or
  // removed, those of the recommendations after the edit would read differently.
  if (countChanged && previous.findings.some((f) => isLocal(f) && f.start >= range.end && f.start < table.end))
    return { fallback: 'positions-shifted' };

  const newStarts = items.map((item) => range.start + item.start - base);
  const newTable: ChunkTable = {
    ...table,
    starts: [...table.starts.slice(0, range.first), ...newStarts, ...table.starts.slice(range.last + 1).map((start) => start + delta)],
    end: table.end + delta,
    proseHeaderStart: table.proseHeaderStart >= table.end ? table.proseHeaderStart + delta : table.proseHeaderStart,
  };
  const headerLength = table.proseHeader.length;
  const fromWindow = (offset: number): number | undefined =>
    offset >= base ? range.start + offset - base : offset < headerLength ? newTable.proseHeaderStart + offset : undefined;
  const windowLocal = window.findings.filter((f) => isLocal(f) && f.start >= base && f.start < base + newSlice.length);

  // A name's findings depend on every place its words are written, and their fixes' replacement
  // words on the text around each place: the window sees only these recommendations' places, so
  // they must be the same names at the same places, with the same edits here, as before.
  const inHeader = (span: Span): boolean => span.start >= table.proseHeaderStart && span.end <= table.proseHeaderStart + headerLength;
  const inRange = (span: Span): boolean => span.start >= range.start && span.end <= range.end;
  const oldToNew = (offset: number): number | undefined =>
    offset <= change.start ? offset : offset >= change.oldEnd ? offset + delta : undefined;
  const oldNames = nameSignature(previous.findings, inOldRange, (span, here) => inRange(span) || (here && inHeader(span)), oldToNew);
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

  const touchesEdit = (finding: CheckedFinding): boolean =>
    spansOf(finding).some((span) => span.start <= change.oldEnd && span.end >= change.start);
  const windowFacts = options.windowListFacts(
    parsed,
    items.map((item) => item.start),
    range.first,
  );
  if (!windowFacts) return { fallback: 'window-not-recommendations' };
  const rejudge =
    !sameListFacts(
      options.listCheckers,
      { facts: previous.listFacts, starts: table.starts, first: range.first, last: range.last },
      { facts: windowFacts, starts: newStarts },
      oldToNew,
    ) || previous.findings.some((f) => isList(f) && touchesEdit(f));
  if (rejudge && previous.listRulesSuppressed) return { fallback: 'suppression-comment' };
  // Offsets inside the edited items count from their starts, which the edit may have moved.
  const listFacts = spliceListFacts(previous.listFacts, range.first, range.last, windowFacts);

  const kept: CheckedFinding[] = [];
  for (const finding of previous.findings) {
    if (isLocal(finding) && inOldRange(finding) && !finding.groupedAcrossFile) {
      // Replaced by the window's, which can only have seen these recommendations and the header.
      if (spansOf(finding).some((span) => !inRange(span) && !inHeader(span))) return { fallback: 'finding-reaches-out' };
      continue;
    }
    if (rejudge && isList(finding)) continue;
    if (touchesEdit(finding)) return { fallback: 'finding-touches-edit' };
    kept.push(moveFinding(finding, (offset) => (offset >= change.oldEnd ? offset + delta : offset)));
  }
  let findings = mergeByPosition(kept, added);
  if (rejudge) {
    const judged = options.judgeList(listFacts, newTable.starts);
    if (!judged) return { fallback: 'list-judgement-failed' };
    findings = mergeByPosition(findings, sortByPosition(judged));
  }
  if (findings.length > options.maxDiagnostics) return { fallback: 'limits' };
  const shapes = [...previous.shapes.slice(0, range.first), ...newShapes, ...previous.shapes.slice(range.last + 1)];
  return {
    findings,
    snapshot: { text, findings, table: newTable, shapes, listFacts, listRulesSuppressed: previous.listRulesSuppressed },
  };
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

/** The fields the file-scope checkers read are the same in both versions of the edited recommendations. */
function sameFileLevelFields(
  before: readonly RecommendationShape[],
  after: readonly RecommendationShape[],
  scopes: ReadonlyMap<string, CheckerScope>,
): boolean {
  const fields = new Set<string>();
  for (const scope of scopes.values()) if (scope.kind === 'file') for (const field of scope.readsFields) fields.add(field);
  if (fields.size === 0) return true;
  if (before.length !== after.length) return false;
  return before.every((shape, i) => {
    const [a, b] = [shape.value, after[i].value];
    if (!isRecord(a) || !isRecord(b)) return false;
    for (const field of fields) if (!deepEqual(a[field], b[field])) return false;
    return true;
  });
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
      if (scope.kind !== 'recommendation' && suppression.patterns.some((pattern) => matchesRule(pattern, rule))) return true;
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

const byPosition = (x: CheckedFinding, y: CheckedFinding): number => x.start - y.start || x.end - y.end || x.rule.localeCompare(y.rule);

/** The findings in runChecks' order (a stable sort: ties keep the checkers' order). */
function sortByPosition(findings: CheckedFinding[]): CheckedFinding[] {
  return findings.sort(byPosition);
}

/** The two lists (each already in check order) merged as runChecks orders findings. */
function mergeByPosition(a: CheckedFinding[], b: CheckedFinding[]): CheckedFinding[] {
  const order = byPosition;
  const out: CheckedFinding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(order(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
