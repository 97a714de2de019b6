import type { CheckedFinding } from '../check/runChecks';
import type { Finding, Fix, Span } from '../types';

/** Every span a finding carries: where it is, the other places it names, the text its fixes edit and its commands' ranges. */
export function spansOf(finding: CheckedFinding): Span[] {
  const spans: Span[] = [finding];
  for (const related of finding.related ?? []) spans.push(related);
  for (const fix of finding.fixes ?? []) {
    for (const edit of fix.edits) spans.push(edit);
    for (const argument of fix.command?.arguments ?? []) if (isSpan(argument)) spans.push(argument);
  }
  return spans;
}

/** The finding with every offset moved by `move` (messages, fixes' new text and the rest unchanged). */
export function moveFinding<F extends Finding>(finding: F, move: (offset: number) => number): F {
  const moved: F = { ...finding, start: move(finding.start), end: move(finding.end) };
  if (finding.related)
    moved.related = finding.related.map((related) => ({ ...related, start: move(related.start), end: move(related.end) }));
  if (finding.fixes) moved.fixes = finding.fixes.map((fix) => moveFix(fix, move));
  return moved;
}

function moveFix(fix: Fix, move: (offset: number) => number): Fix {
  const moved: Fix = { ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: move(edit.start), end: move(edit.end) })) };
  if (fix.command?.arguments) {
    moved.command = {
      ...fix.command,
      arguments: fix.command.arguments.map((argument) =>
        isSpan(argument) ? { ...argument, start: move(argument.start), end: move(argument.end) } : argument,
      ),
    };
  }
  return moved;
}

/** A command argument that is an offset range of the document (see Fix.command). */
function isSpan(value: unknown): value is Span {
  return (
    typeof value === 'object' && value !== null && typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number'
  );
}

/** Structural equality of two finding lists (order included), as JSON sees them. */
export function sameFindings(a: readonly CheckedFinding[], b: readonly CheckedFinding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
  return true;
}
