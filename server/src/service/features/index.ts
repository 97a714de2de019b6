import { completionProvider } from './completion';
import type { FeatureHooks } from './featureTypes';
import { foldingRanges } from './folding';
import { hoverProvider } from './hover';
import { documentSymbols } from './outline';
import { snippetCompletionProvider } from './snippetCompletion';

/**
 * The editor features the service offers. A new feature is a module plus one entry here:
 * hover providers are asked in order (the first answer wins), completion items are merged.
 */
export const features: FeatureHooks = {
  hoverProviders: [hoverProvider],
  completionProviders: [completionProvider, snippetCompletionProvider],
  codeActionProviders: [],
  documentSymbols,
  foldingRanges,
};
