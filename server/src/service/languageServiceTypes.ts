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
import type { AgencyResolver, RenderResult } from '../../../common/page/renderTypes';
import type { CheckedFinding } from './check/runChecks';
import type { DocumentState, TextDocumentLike } from './documentState';
import type { FallbackReason } from './incremental/recommendationEdit';
import type { ExportResult } from './render/renderSummary';
import type { Checker } from './rules/ruleTypes';
import type { ServiceSettings } from './settings';
import type { Finding, Fix } from './types';
import type { WorkspaceData, WorkspaceResolver } from './workspace';

export interface LanguageServiceOptions {
  settings?: Partial<ServiceSettings>;
  /** Workspace data for every document (unless `workspaceFor` gives a document its own). */
  workspace?: Partial<WorkspaceData>;
  /** Each document's own workspace data (the files of its folder and those above it); undefined: `workspace`. */
  workspaceFor?: WorkspaceResolver;
  checkers?: Checker[];
  /** Canonical agency names for the rendered page; by default the agency catalogue (built-in and workspace). */
  resolveAgency?: AgencyResolver;
  /** Count how findings were computed (`checkCounts`), for the tests and the benchmark. */
  collectCheckCounts?: boolean;
}

/**
 * How findings were computed: by checking one edited recommendation (fast) or the whole file
 * (full), and why an edit inside a recommendation was not checked alone.
 */
export interface CheckCounts {
  fast: number;
  full: number;
  fallbacks: Partial<Record<FallbackReason, number>>;
}

/**
 * The language service: plain TypeScript over text, with LSP's data types but no connection.
 * The server, the CLI and the tests all use it through this interface (as
 * vscode-json-languageservice's users do), never through its class. It remembers the last version
 * of each document it saw, so asking for diagnostics, then actions, then a render parses once.
 */
export interface LanguageService {
  configure(settings: Partial<ServiceSettings>): void;
  setWorkspace(workspace: Partial<WorkspaceData>): void;
  getSettings(): ServiceSettings;
  /** The workspace data that applies to a document: its own (see `workspaceFor`), or the shared one. */
  getWorkspace(uri?: string): WorkspaceData;
  /** Forget cached results (settings or workspace data changed), or one document's (closed). */
  invalidate(uri?: string): void;
  /** The parsed state of this exact text, reused while the text is unchanged. */
  state(document: TextDocumentLike): DocumentState;
  /** Findings with offsets (for the CLI, the renderer and the tests). */
  findings(document: TextDocumentLike): CheckedFinding[];
  validate(document: TextDocumentLike): Diagnostic[];
  /** Quick fixes of the findings that touch `range`, as versioned workspace edits. */
  codeActions(document: TextDocumentLike, range: Range): CodeAction[];
  /** A finding's fixes as edits of this version: its own and its whole-list ones (Finding.deferredFixes). */
  fixes(document: TextDocumentLike, finding: Finding): Fix[];
  hover(document: TextDocumentLike, position: Position): Hover | null;
  complete(document: TextDocumentLike, position: Position): CompletionList;
  documentSymbols(document: TextDocumentLike): DocumentSymbol[];
  foldingRanges(document: TextDocumentLike): FoldingRange[];
  /** The page for the preview: HTML fragment, source map, findings (redaction ones marked), status strip. */
  render(document: TextDocumentLike): RenderResult;
  /** The page as a self-contained HTML file, or why it may not be exported (see render/exportPolicy.ts). */
  exportPage(document: TextDocumentLike, options?: { force?: boolean }): ExportResult;
}

/** A service made with `collectCheckCounts: true`. */
export interface CountingLanguageService extends LanguageService {
  readonly checkCounts: CheckCounts;
}
