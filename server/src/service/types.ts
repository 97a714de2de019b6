// Plain data shared by the language service's parts. Offsets are UTF-16 code units into the
// document text (what JavaScript strings and LSP positions both count), so a finding can be
// turned into an LSP range without any re-encoding.

import type { Severity } from '../../../common/severity';

export type { Severity };
export type SeveritySetting = Severity | 'off';

/** A half-open span [start, end) of the document text. */
export interface Span {
  start: number;
  end: number;
}

/** An edit of the document text, in offsets. Fixes are lists of these, never re-serialisations. */
export interface OffsetEdit extends Span {
  newText: string;
}

/** A quick fix a rule offers for one of its findings. */
export interface Fix {
  title: string;
  edits: OffsetEdit[];
  /** Marks the fix VS Code should apply with "auto fix" / the lightbulb's first choice. */
  preferred?: boolean;
  /**
   * A command to run instead of (or after) the edits, e.g. one that asks the user for a role. An
   * argument that is a Span is an offset range in this document, and moves with the text when the
   * finding is carried over to the next version (see incremental/findingShift.ts).
   */
  command?: { title: string; command: string; arguments?: unknown[] };
  /** Edits to other files (adding an agency to the workspace catalogue); `create` makes the file first. */
  fileEdits?: FileEdit[];
}

/** A whole-list fix, named rather than computed (see Finding.deferredFixes). */
export interface DeferredFix {
  kind: DeferredFixKind;
  preferred?: boolean;
}

export type DeferredFixKind = 'renumber' | 'sort';

/** An insertion into another file, at an LSP position (0-based line, UTF-16 character). */
export interface FileEdit {
  uri: string;
  create?: boolean;
  position: { line: number; character: number };
  newText: string;
}

/** One problem found by a rule, located on the exact words. */
export interface Finding extends Span {
  rule: string;
  message: string;
  /** Overrides the rule's default severity for this finding only (rarely needed). */
  severity?: Severity;
  /** Other places that belong to the same problem (e.g. the other spelling of an agency). */
  related?: Array<Span & { message: string }>;
  fixes?: Fix[];
  /**
   * Fixes whose edits span the whole recommendations list (renumber, sort), worked out from the
   * document when a code action asks for them (check/deferredFixes.ts), after `fixes`. A finding
   * judged from per-recommendation facts (see ListChecker) then never needs the file parsed whole.
   */
  deferredFixes?: DeferredFix[];
  /** Marks text VS Code may draw faded (unnecessary) or struck out (deprecated). */
  tags?: Array<'unnecessary' | 'deprecated'>;
  /**
   * Set when the finding (its message or fixes) depends on every place the same words appear in
   * the file, such as a name whose fix replaces it everywhere: writing the words anywhere else
   * changes it, so an edit that adds or removes such a finding is checked over the whole file.
   */
  groupedAcrossFile?: boolean;
}
