import type { FeatureHooks } from './featureTypes';

/** The editor features the service offers; a new feature is a module plus one entry here. */
export const features: FeatureHooks = {};
