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
import type { CheckCounts, CountingLanguageService, LanguageService, LanguageServiceOptions } from './languageServiceTypes';
import { runChecks, withSeverities, type CheckedFinding } from './check/runChecks';
import { checkRecommendationEdit, type CheckedSnapshot, type RecommendationEditOptions } from './incremental/recommendationEdit';
import { judgeList, readListFacts, suppressesListRule } from './incremental/listFacts';
import { chunkTable } from './incremental/recommendationChunks';
import { recommendationShapes } from './incremental/recommendationShape';
import { parseSummary } from './parse/parseSummary';
import { DocumentCache } from './documentCache';
import type { DocumentState, TextDocumentLike } from './documentState';
import { toCodeActions, toDiagnostic } from './lsp/convert';
import { checkers as defaultCheckers } from './rules/index';
import { features } from './features/index';
import type { FeatureContext } from './features/featureTypes';
import { isListChecker, type Checker, type CheckerScope, type ListChecker, type RuleContext } from './rules/ruleTypes';
import { defaultSettings, mergeSettings, type ServiceSettings } from './settings';
import { emptyWorkspace, type WorkspaceData, type WorkspaceResolver } from './workspace';
import { catalogueCheckers } from './agencies/catalogueFileChecks';
import { catalogueFor, isCatalogueUri } from './agencies/workspaceCatalogue';
import { isRedactionListUri, redactionListCheckers } from './redaction/workspaceList';
import { renderExport, renderPreview, type ExportResult } from './render/renderSummary';
import type { AgencyResolver, RenderResult } from '../../../common/page/renderTypes';
import { agencyResolverFor } from './render/catalogueAgencies';
import { fixesOf } from './rules/deferredFixes';
import type { Finding, Fix } from './types';

export type { CheckCounts, CountingLanguageService, LanguageService, LanguageServiceOptions } from './languageServiceTypes';
export type { TextDocumentLike } from './documentState';

/** The LanguageService (see languageServiceTypes.ts); callers get it from createLanguageService. */
class ReviewSummaryService implements LanguageService {
  private settings: ServiceSettings;
  private workspace: WorkspaceData;
  private readonly resolveWorkspace: WorkspaceResolver | undefined;
  private readonly checkers: Checker[];
  private readonly resolveAgency: AgencyResolver | undefined;
  private readonly cache = new DocumentCache();
  /** Counted only when asked for (`collectCheckCounts`): the tests and the benchmark read them. */
  readonly checkCounts: CheckCounts | undefined;
  /** Each rule's checker scope, when every checker declares one (else undefined: no incremental checking). */
  private readonly scopes: ReadonlyMap<string, CheckerScope> | undefined;
  /** The checkers a window of one recommendation runs: those whose findings there depend on it alone. */
  private readonly recommendationCheckers: Checker[];
  /** The checkers that judge the list from each recommendation's facts (see ListChecker). */
  private readonly listCheckers: ListChecker[];

  constructor(options: LanguageServiceOptions = {}) {
    this.settings = mergeSettings(defaultSettings, options.settings);
    this.workspace = { ...emptyWorkspace, ...options.workspace };
    this.resolveWorkspace = options.workspaceFor;
    this.checkers = options.checkers ?? defaultCheckers;
    this.resolveAgency = options.resolveAgency;
    this.checkCounts = options.collectCheckCounts ? { fast: 0, full: 0, fallbacks: {} } : undefined;
    this.scopes = this.checkers.every((checker) => checker.scope)
      ? new Map(this.checkers.flatMap((checker) => checker.rules.map((rule) => [rule.id, checker.scope!] as const)))
      : undefined;
    this.recommendationCheckers = this.checkers.filter((checker) => checker.scope?.kind === 'recommendation');
    this.listCheckers = this.checkers.filter(isListChecker);
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
    this.cache.forget(uri);
  }

  /** The parsed state of this exact text, reused while the text is unchanged. */
  state(document: TextDocumentLike): DocumentState {
    return this.cache.state(document, this.settings.maxFileSize);
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
    const entry = this.cache.entry(document.uri)!;
    const workspace = this.getWorkspace(document.uri);
    // The document's catalogue or redaction list may have changed: nothing checked under other data stands.
    entry.useWorkspace(workspace);
    // A workspace agency catalogue is checked against its own schema, not as a summary.
    const checkers = isCatalogueUri(document.uri, workspace)
      ? catalogueCheckers
      : isRedactionListUri(document.uri)
        ? redactionListCheckers
        : this.checkers;
    if (entry.findings) return entry.findings;
    // Incremental checking needs every checker to say what it reads (Checker.scope).
    const incremental = checkers === this.checkers && this.scopes !== undefined;
    const base = incremental ? entry.incrementalBase : undefined;
    const fast = base
      ? checkRecommendationEdit(base, state.text, state.changeSince(base.text), this.recommendationEditOptions(workspace))
      : undefined;
    if (fast && 'findings' in fast) {
      if (this.checkCounts) this.checkCounts.fast++;
      entry.checkedIncrementally(fast.findings, fast.snapshot);
      return fast.findings;
    }
    if (fast) {
      entry.fellBack(fast.fallback);
      if (this.checkCounts) this.checkCounts.fallbacks[fast.fallback] = (this.checkCounts.fallbacks[fast.fallback] ?? 0) + 1;
    }
    if (how === 'incremental-only') return undefined;
    if (this.checkCounts) this.checkCounts.full++;
    const context = { parsed: state.parsed, settings: this.settings, workspace };
    const findings = runChecks(checkers, context);
    entry.checkedInFull(findings, incremental ? this.snapshotOf(state, context, findings) : undefined);
    return findings;
  }

  validate(document: TextDocumentLike): Diagnostic[] {
    const state = this.state(document);
    return this.findings(document).map((finding) => toDiagnostic(finding, state));
  }

  /** Quick fixes of the findings that touch `range`, as versioned workspace edits. */
  codeActions(document: TextDocumentLike, range: Range): CodeAction[] {
    const state = this.state(document);
    const wanted = state.spanOf(range);
    const touching = this.findings(document)
      .filter((f) => f.start <= wanted.end && f.end >= wanted.start)
      .map((finding) => (finding.deferredFixes ? { ...finding, fixes: this.fixes(document, finding) } : finding));
    const context = this.featureContext(document.uri);
    return [...toCodeActions(touching, state), ...features.codeActionProviders.flatMap((provider) => provider(state, range, context))];
  }

  fixes(document: TextDocumentLike, finding: Finding): Fix[] {
    return fixesOf(finding, this.state(document).parsed);
  }

  /* Editor features: each comes from the modules listed in features/index.ts. */
  hover(document: TextDocumentLike, position: Position): Hover | null {
    const state = this.state(document);
    if (this.overSizeLimit(state)) return null;
    this.learnRecommendationChunks(document, state);
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
    this.learnRecommendationChunks(document, state);
    const context = this.featureContext(document.uri);
    const items = features.completionProviders.flatMap((provider) => provider(state, position, context));
    // Items the service filtered itself (agency names) must be asked for again as the person types.
    return { isIncomplete: items.some((item) => (item.data as { serverFiltered?: boolean } | undefined)?.serverFiltered === true), items };
  }

  documentSymbols(document: TextDocumentLike): DocumentSymbol[] {
    const state = this.state(document);
    if (!this.overSizeLimit(state)) this.learnRecommendationChunks(document, state);
    return features.documentSymbols?.(state, this.featureContext(document.uri)) ?? [];
  }

  foldingRanges(document: TextDocumentLike): FoldingRange[] {
    const state = this.state(document);
    if (!this.overSizeLimit(state)) this.learnRecommendationChunks(document, state);
    return features.foldingRanges?.(state, this.featureContext(document.uri)) ?? [];
  }

  /**
   * Tells the version where its recommendations are, when this text is checked, so that
   * completion, hover, outline and folding can work from one recommendation rather than parse the
   * whole file. They are asked on every keystroke (completion), wherever the mouse rests (hover)
   * or after every edit (VS Code asks for folding and symbols), before the debounced diagnostics:
   * checking the version now from its recommendation's window costs nothing extra (the
   * diagnostics then come from the cache). A version that needs the whole file checked is left to
   * them.
   */
  private learnRecommendationChunks(document: TextDocumentLike, state: DocumentState): void {
    this.check(document, 'incremental-only');
    const snapshot = this.cache.entry(document.uri)?.snapshot;
    if (snapshot?.text === state.text) state.learnRecommendationChunks(snapshot.table);
  }

  /** The page for the preview: HTML fragment, source map, findings (redaction ones marked), status strip. */
  render(document: TextDocumentLike): RenderResult {
    return renderPreview(this.state(document), this.findings(document), { resolveAgency: this.agencyResolver(document.uri) });
  }

  /** The page as a self-contained HTML file, or why it may not be exported (see render/exportPolicy.ts). */
  exportPage(document: TextDocumentLike, options: { force?: boolean } = {}): ExportResult {
    return renderExport(this.state(document), this.findings(document), options.force ?? false, {
      resolveAgency: this.agencyResolver(document.uri),
    });
  }

  /** Canonical names from the built-in and workspace catalogues, unless the caller gave its own. */
  private agencyResolver(uri: string): AgencyResolver {
    return this.resolveAgency ?? agencyResolverFor(catalogueFor(this.getWorkspace(uri)));
  }

  /** What the next version is checked from (see incremental/recommendationEdit.ts), if this file's layout allows it. */
  private snapshotOf(state: DocumentState, context: RuleContext, findings: CheckedFinding[]): CheckedSnapshot | undefined {
    const table = chunkTable(state.parsed);
    const shapes = table && recommendationShapes(state.parsed, table);
    const listFacts = table && readListFacts(this.listCheckers, context, table.starts);
    if (!table || !shapes || !listFacts) return undefined;
    const listRulesSuppressed = suppressesListRule(state.parsed.comments, this.listCheckers);
    return { text: state.text, findings, table, shapes, listFacts, listRulesSuppressed };
  }

  private recommendationEditOptions(workspace: WorkspaceData): RecommendationEditOptions {
    return {
      maxDiagnostics: this.settings.maxDiagnostics,
      maxFileSize: this.settings.maxFileSize,
      scopes: this.scopes!,
      checkWindow: (text, index) => {
        const parsed = parseSummary(text);
        return {
          parsed,
          findings: runChecks(this.recommendationCheckers, { parsed, settings: this.settings, workspace, firstRecommendationIndex: index }),
        };
      },
      listCheckers: this.listCheckers,
      windowListFacts: (parsed, starts, index) =>
        readListFacts(this.listCheckers, { parsed, settings: this.settings, workspace, firstRecommendationIndex: index }, starts),
      judgeList: (facts, starts) => {
        try {
          return withSeverities(judgeList(this.listCheckers, facts, starts), this.listCheckers, this.settings);
        } catch {
          return undefined;
        }
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

/** The language service; with `collectCheckCounts: true`, one that also counts how it checked. */
export function createLanguageService(options: LanguageServiceOptions & { collectCheckCounts: true }): CountingLanguageService;
export function createLanguageService(options?: LanguageServiceOptions): LanguageService;
export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  return new ReviewSummaryService(options);
}
