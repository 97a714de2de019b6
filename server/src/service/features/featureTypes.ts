import type { CompletionList, DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver-types';
import type { DocumentState } from '../documentState';
import type { WorkspaceData } from '../workspace';

/** What a feature may read besides the document. */
export interface FeatureContext {
  workspace: WorkspaceData;
}

/** The editor features beyond diagnostics; each is one module, listed in features/index.ts. */
export interface FeatureHooks {
  hover?: (state: DocumentState, position: Position, context: FeatureContext) => Hover | null;
  complete?: (state: DocumentState, position: Position, context: FeatureContext) => CompletionList;
  documentSymbols?: (state: DocumentState, context: FeatureContext) => DocumentSymbol[];
  foldingRanges?: (state: DocumentState, context: FeatureContext) => FoldingRange[];
}
