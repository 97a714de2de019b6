import type { CodeAction, CompletionItem, DocumentSymbol, FoldingRange, Hover, Position, Range } from 'vscode-languageserver-types';
import type { DocumentState } from '../documentState';
import type { ServiceSettings } from '../settings';
import type { WorkspaceData } from '../workspace';

/** What a feature may read besides the document. */
export interface FeatureContext {
  workspace: WorkspaceData;
  settings: ServiceSettings;
}

/** Answers a hover, or null to let the next provider try. */
export type HoverProvider = (state: DocumentState, position: Position, context: FeatureContext) => Hover | null;
/** Adds completion items; every provider's items are offered together. */
export type CompletionProvider = (state: DocumentState, position: Position, context: FeatureContext) => CompletionItem[];
/** Code actions that do not come from a diagnostic (refactorings on a selection, for example). */
export type CodeActionProvider = (state: DocumentState, range: Range, context: FeatureContext) => CodeAction[];

/** The editor features beyond diagnostics; each is one module, listed in features/index.ts. */
export interface FeatureHooks {
  hoverProviders: HoverProvider[];
  completionProviders: CompletionProvider[];
  codeActionProviders: CodeActionProvider[];
  documentSymbols?: (state: DocumentState, context: FeatureContext) => DocumentSymbol[];
  foldingRanges?: (state: DocumentState, context: FeatureContext) => FoldingRange[];
}
