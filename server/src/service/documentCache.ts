import type { CheckedFinding } from './check/runChecks';
import { DocumentState, type TextDocumentLike } from './documentState';
import type { CheckedSnapshot, FallbackReason } from './incremental/recommendationEdit';
import type { WorkspaceData } from './workspace';

/**
 * What the service remembers of one document, so that diagnostics, actions, completion and the
 * render of one version parse and check it once, and the next version can be checked from this
 * one (see incremental/recommendationEdit.ts).
 *
 * States of an entry (one per document version):
 * - unchecked: `findings` undefined. `previous` is the last checked version's snapshot, if any:
 *   what an edit inside one recommendation is checked from.
 * - tried and fell back: still unchecked, but `fallback` says why this version cannot be checked
 *   from `previous`, so that is not tried again; only a whole-file check is left.
 * - checked: `findings` set, `previous` dropped. `snapshot` is this version as the next one's
 *   starting point (absent when incremental checking is off for the document's checkers).
 *
 * Transitions:
 * - a new text or version (`state`): a new unchecked entry whose `previous` is the old entry's
 *   `snapshot` (or, if the old one was never checked, its own `previous`); `checkedWith` is kept.
 * - other workspace data (`useWorkspace`): nothing checked under the old data stands, so the
 *   entry goes back to unchecked with no `previous`.
 * - `checkedIncrementally`, `checkedInFull`: to checked; `fellBack`: to tried and fell back.
 * - `forget`: the entry is gone (settings or workspace changed, or the document closed).
 */
export class DocumentCache {
  private readonly entries = new Map<string, DocumentCacheEntry>();

  /** The parsed state of this exact text, reused while the text and version are unchanged. */
  state(document: TextDocumentLike, maxLength: number): DocumentState {
    const text = document.getText();
    const cached = this.entries.get(document.uri);
    if (cached && cached.state.version === document.version && cached.state.text === text) return cached.state;
    // Over the size limit only the first maxLength characters are parsed (runChecks says so).
    // The last version's line index is patched, not rebuilt (see lineIndex.ts).
    const state = new DocumentState(document, { maxLength }, cached?.state);
    // The last checked version stays at hand: an edit inside one recommendation is checked from it.
    this.entries.set(document.uri, new DocumentCacheEntry(state, cached?.snapshot ?? cached?.previous, cached?.checkedWith));
    return state;
  }

  /** The entry of the document's current state (undefined until `state` has been asked for it). */
  entry(uri: string): DocumentCacheEntry | undefined {
    return this.entries.get(uri);
  }

  /** Forget every document (undefined), or one. */
  forget(uri?: string): void {
    if (uri === undefined) this.entries.clear();
    else this.entries.delete(uri);
  }
}

/** One version of one document and what is known of its findings; see DocumentCache for the states. */
export class DocumentCacheEntry {
  private checkedFindings: CheckedFinding[] | undefined;
  private checkedSnapshot: CheckedSnapshot | undefined;
  private fallback: FallbackReason | undefined;

  constructor(
    readonly state: DocumentState,
    /** The last checked version, until this one is checked. */
    private previousSnapshot: CheckedSnapshot | undefined,
    /** The workspace data the findings and snapshots were computed with; other data voids them. */
    private workspace: WorkspaceData | undefined,
  ) {}

  get findings(): CheckedFinding[] | undefined {
    return this.checkedFindings;
  }

  /** This version, once checked, as the next version's starting point. */
  get snapshot(): CheckedSnapshot | undefined {
    return this.checkedSnapshot;
  }

  get previous(): CheckedSnapshot | undefined {
    return this.previousSnapshot;
  }

  get checkedWith(): WorkspaceData | undefined {
    return this.workspace;
  }

  /** The version to check this one from, unless that was already tried and fell back. */
  get incrementalBase(): CheckedSnapshot | undefined {
    return this.fallback ? undefined : this.previousSnapshot;
  }

  /** Checks from here on are made with `workspace`; if the data changed, everything checked is void. */
  useWorkspace(workspace: WorkspaceData): void {
    if (this.workspace === workspace) return;
    this.checkedFindings = this.checkedSnapshot = this.previousSnapshot = this.fallback = undefined;
    this.workspace = workspace;
  }

  checkedIncrementally(findings: CheckedFinding[], snapshot: CheckedSnapshot): void {
    this.checkedFindings = findings;
    this.checkedSnapshot = snapshot;
    this.previousSnapshot = undefined;
  }

  fellBack(reason: FallbackReason): void {
    this.fallback = reason;
  }

  checkedInFull(findings: CheckedFinding[], snapshot: CheckedSnapshot | undefined): void {
    this.checkedFindings = findings;
    this.checkedSnapshot = snapshot;
    this.previousSnapshot = undefined;
  }
}
