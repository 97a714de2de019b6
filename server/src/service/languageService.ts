import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Position,
  Range,
} from 'vscode-languageserver-types';
import { runChecks, type CheckedFinding } from './check/runChecks';
import { checkRecommendationEdit, type CheckedSnapshot, type FallbackReason, type RecommendationEditOptions } from './incremental/recommendationEdit';
import { chunkTable } from './incremental/recommendationChunks';
import { recommendationShapes } from './incremental/recommendationShape';
import { parseSummary } from './parse/parseSummary';
import { DocumentState, type TextDocumentLike } from './documentState';
import { toCodeActions, toDiagnostic } from './lsp/convert';
import { checkers as defaultCheckers } from './rules/index';
import { features } from './features/index';
import type { FeatureContext } from './features/featureTypes';
import type { Checker, CheckerScope } from './rules/ruleTypes';
import { defaultSettings, mergeSettings, type ServiceSettings } from './settings';
import { emptyWorkspace, type WorkspaceData, type WorkspaceResolver } from './workspace';
import { catalogueCheckers } from './agencies/catalogueFileChecks';
import { catalogueFor, isCatalogueUri } from './agencies/workspaceCatalogue';
import { isRedactionListUri, redactionListCheckers } from './redaction/workspaceList';
import { renderExport, renderPreview, type ExportResult } from './render/renderSummary';
import type { AgencyResolver, RenderResult } from '../../../common/page/renderTypes';
import { agencyResolverFor } from './render/catalogueAgencies';

/** One document's cache: this version's state and findings, and the snapshot an edit is checked from. */
interface CacheEntry {
  state: DocumentState;
  findings?: CheckedFinding[];
  /** This version, once checked, as the next version's starting point. */
  snapshot?: CheckedSnapshot;
  /** The last checked version, until this one is checked. */
  previous?: CheckedSnapshot;
  /** The workspace data the findings and snapshots were computed with; other data voids them. */
  checkedWith?: WorkspaceData;
  /** Why this version could not be checked from one recommendation, once that was tried. */
  fallback?: FallbackReason;
}

export interface LanguageServiceOptions {
  settings?: Partial<ServiceSettings>;
  /** Workspace data for every document (unless `workspaceFor` gives a document its own). */
  workspace?: Partial<WorkspaceData>;
  /** Each document's own workspace data (the files of its folder and those above it); undefined: `workspace`. */
  workspaceFor?: WorkspaceResolver;
  checkers?: Checker[];
  /** Canonical agency names for the rendered page; by default the agency catalogue (built-in and workspace). */
  resolveAgency?: AgencyResolver;
}

/**
 * The language service: plain TypeScript over text, with LSP's data types but no connection.
 * The server, the CLI and the tests all use this one object. It remembers the last version of
 * each document it saw, so asking for diagnostics, then actions, then a render parses once.
 */
export class ReviewSummaryService {
  private settings: ServiceSettings;
  private workspace: WorkspaceData;
  private readonly resolveWorkspace: WorkspaceResolver | undefined;
  private readonly checkers: Checker[];
  private readonly resolveAgency: AgencyResolver | undefined;
  private readonly cache = new Map<string, CacheEntry>();
  /**
   * How findings were computed: by checking one edited recommendation (fast) or the whole file
   * (full), and why an edit inside a recommendation was not checked alone. For tests and the benchmark.
   */
  readonly checkCounts: { fast: number; full: number; fallbacks: Partial<Record<FallbackReason, number>> } = { fast: 0, full: 0, fallbacks: {} };
  /** Each rule's checker scope, when every checker declares one (else undefined: no incremental checking). */
  private readonly scopes: ReadonlyMap<string, CheckerScope> | undefined;
  /** The checkers a window of one recommendation runs: those whose findings there depend on it alone. */
  private readonly recommendationCheckers: Checker[];

  constructor(options: LanguageServiceOptions = {}) {
    this.settings = mergeSettings(defaultSettings, options.settings);
    this.workspace = { ...emptyWorkspace, ...options.workspace };
    this.resolveWorkspace = options.workspaceFor;
    this.checkers = options.checkers ?? defaultCheckers;
    this.resolveAgency = options.resolveAgency;
    this.scopes = this.checkers.every((checker) => checker.scope) ? new Map(this.checkers.flatMap((checker) => checker.rules.map((rule) => [rule.id, checker.scope!] as const))) : undefined;
    this.recommendationCheckers = this.checkers.filter((checker) => checker.scope?.kind === 'recommendation');
  }

  configure(settings: Partial<ServiceSettings>): void {
    this.settings = mergeSettings(defaultSettings, settings);
    this.invalidate();
  }

  setWorkspace(workspace: Partial<WorkspaceData>): void {
    this.workspace = { ...this.workspace, ...workspace };
    this.invalidate();
  }

  getSettings(): ServiceSettings {
    return this.settings;
  }

  /** The workspace data that applies to a document: its own (see `workspaceFor`), or the shared one. */
  getWorkspace(uri?: string): WorkspaceData {
    return (uri !== undefined ? this.resolveWorkspace?.(uri) : undefined) ?? this.workspace;
  }

  /** Forget cached results (settings or workspace data changed), or one document's (closed). */
  invalidate(uri?: string): void {
    if (uri === undefined) this.cache.clear();
    else this.cache.delete(uri);
  }

  /** The parsed state of this exact text, reused while the text is unchanged. */
  state(document: TextDocumentLike): DocumentState {
    const text = document.getText();
    const cached = this.cache.get(document.uri);
    if (cached && cached.state.version === document.version && cached.state.text === text) return cached.state;
    // Over the size limit only the first maxFileSize characters are parsed (runChecks says so).
    // The last version's line index is patched, not rebuilt (see lineIndex.ts).
    const state = new DocumentState(document, { maxLength: this.settings.maxFileSize }, cached?.state);
    // The last checked version stays at hand: an edit inside one recommendation is checked from
    // it (see incremental/recommendationEdit.ts).
    this.cache.set(document.uri, { state, previous: cached?.snapshot ?? cached?.previous, checkedWith: cached?.checkedWith });
    return state;
  }

  /** Findings with offsets (for the CLI, the renderer and the tests). */
  findings(document: TextDocumentLike): CheckedFinding[] {
    return this.check(document, 'any')!;
  }

  /**
   * This version's findings. `incremental-only`: only when the edit since the last checked version
   * can be checked from one recommendation (undefined otherwise, and the whole-file check is left
   * for when diagnostics are asked for).
   */
  private check(document: TextDocumentLike, how: 'any' | 'incremental-only'): CheckedFinding[] | undefined {
    const state = this.state(document);
    const entry = this.cache.get(document.uri)!;
    const workspace = this.getWorkspace(document.uri);
    if (entry.checkedWith !== workspace) {
      // The document's catalogue or redaction list changed: nothing checked under the old data stands.
      entry.findings = entry.snapshot = entry.previous = entry.fallback = undefined;
      entry.checkedWith = workspace;
    }
    // A workspace agency catalogue is checked against its own schema, not as a summary.
    const checkers = isCatalogueUri(document.uri, workspace) ? catalogueCheckers : isRedactionListUri(document.uri) ? redactionListCheckers : this.checkers;
    if (entry.findings) return entry.findings;
    // Incremental checking needs every checker to say what it reads (Checker.scope).
    const incremental = checkers === this.checkers && this.scopes !== undefined;
    const fast = incremental && entry.previous && !entry.fallback ? checkRecommendationEdit(entry.previous, state.text, state.changeSince(entry.previous.text), this.recommendationEditOptions(workspace)) : undefined;
    if (fast && 'findings' in fast) {
      this.checkCounts.fast++;
      entry.findings = fast.findings;
      entry.snapshot = fast.snapshot;
      entry.previous = undefined;
      return entry.findings;
    }
    if (fast) {
      entry.fallback = fast.fallback;
      this.checkCounts.fallbacks[fast.fallback] = (this.checkCounts.fallbacks[fast.fallback] ?? 0) + 1;
    }
    if (how === 'incremental-only') return undefined;
    this.checkCounts.full++;
    entry.findings = runChecks(checkers, { parsed: state.parsed, settings: this.settings, workspace });
    const table = incremental ? chunkTable(state.parsed) : undefined;
    const shapes = table ? recommendationShapes(state.parsed, table) : undefined;
    entry.snapshot = table && shapes ? { text: state.text, findings: entry.findings, table, shapes } : undefined;
    entry.previous = undefined;
    return entry.findings;
  }

  validate(document: TextDocumentLike): Diagnostic[] {
    const state = this.state(document);
    return this.findings(document).map((finding) => toDiagnostic(finding, state));
  }

  /** Quick fixes of the findings that touch `range`, as versioned workspace edits. */
  codeActions(document: TextDocumentLike, range: Range): CodeAction[] {
    const state = this.state(document);
    const wanted = state.spanOf(range);
    const touching = this.findings(document).filter((f) => f.start <= wanted.end && f.end >= wanted.start);
    const context = this.featureContext(document.uri);
    return [...toCodeActions(touching, state), ...features.codeActionProviders.flatMap((provider) => provider(state, range, context))];
  }

  /** Applies offset edits to the text (for the CLI's --fix and the tests). */
  static applyEdits(text: string, edits: Array<{ start: number; end: number; newText: string }>): string {
    const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
    let out = text;
    for (const edit of sorted) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
    return out;
  }

  /* Editor features: each comes from the modules listed in features/index.ts. */
  hover(document: TextDocumentLike, position: Position): Hover | null {
    const state = this.state(document);
    if (this.overSizeLimit(state)) return null;
    for (const provider of features.hoverProviders) {
      const hover = provider(state, position, this.featureContext(document.uri));
      if (hover) return hover;
    }
    return null;
  }

  complete(document: TextDocumentLike, position: Position): CompletionList {
    const state = this.state(document);
    if (this.overSizeLimit(state)) return { isIncomplete: false, items: [] };
    // Once this text is checked, the completion probe can parse one recommendation, not the file.
    // Completion runs on every keystroke in values, before the debounced diagnostics: checking
    // this version now from its recommendation's window costs nothing extra (the diagnostics then
    // come from the cache). A version that needs the whole file checked is left to them.
    this.check(document, 'incremental-only');
    const snapshot = this.cache.get(document.uri)?.snapshot;
    if (snapshot?.text === state.text) state.chunks ??= snapshot.table;
    const context = this.featureContext(document.uri);
    const items = features.completionProviders.flatMap((provider) => provider(state, position, context));
    // Items the service filtered itself (agency names) must be asked for again as the person types.
    return { isIncomplete: items.some((item) => (item.data as { serverFiltered?: boolean } | undefined)?.serverFiltered === true), items };
  }

  documentSymbols(document: TextDocumentLike): DocumentSymbol[] {
    return features.documentSymbols?.(this.state(document), this.featureContext(document.uri)) ?? [];
  }

  foldingRanges(document: TextDocumentLike): FoldingRange[] {
    return features.foldingRanges?.(this.state(document), this.featureContext(document.uri)) ?? [];
  }

  /** The page for the preview: HTML fragment, source map, findings (redaction ones marked), status strip. */
  render(document: TextDocumentLike): RenderResult {
    return renderPreview(this.state(document), this.findings(document), { resolveAgency: this.agencyResolver(document.uri) });
  }

  /** The page as a self-contained HTML file, or why it may not be exported (see render/exportPolicy.ts). */
  exportPage(document: TextDocumentLike, options: { force?: boolean } = {}): ExportResult {
    return renderExport(this.state(document), this.findings(document), options.force ?? false, { resolveAgency: this.agencyResolver(document.uri) });
  }

  /** Canonical names from the built-in and workspace catalogues, unless the caller gave its own. */
  private agencyResolver(uri: string): AgencyResolver {
    return this.resolveAgency ?? agencyResolverFor(catalogueFor(this.getWorkspace(uri)));
  }

  private recommendationEditOptions(workspace: WorkspaceData): RecommendationEditOptions {
    return {
      maxDiagnostics: this.settings.maxDiagnostics,
      maxFileSize: this.settings.maxFileSize,
      scopes: this.scopes!,
      checkWindow: (text, index) => {
        const parsed = parseSummary(text);
        return { parsed, findings: runChecks(this.recommendationCheckers, { parsed, settings: this.settings, workspace, firstRecommendationIndex: index }) };
      },
    };
  }

  /**
   * A file over `maxFileSize` gets the YAML checks only (a diagnostic says so), and no hover or
   * completion: both read the text around the cursor again, which on such a file costs seconds per keystroke.
   */
  private overSizeLimit(state: DocumentState): boolean {
    return state.text.length > this.settings.maxFileSize;
  }

  private featureContext(uri: string): FeatureContext {
    return { workspace: this.getWorkspace(uri), settings: this.settings };
  }

}

export function createLanguageService(options: LanguageServiceOptions = {}): ReviewSummaryService {
  return new ReviewSummaryService(options);
}
