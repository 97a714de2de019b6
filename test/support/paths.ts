import { join } from 'node:path';

/** The repository root, whether the tests run from out/ (compiled) or elsewhere. */
export const repoRoot = join(__dirname, '..', '..', '..');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
export const examplesDir = join(repoRoot, 'examples');
/** The shared folder beside the repository (read-only reference material). */
export const sharedDir = process.env.REVIEW_SUMMARIES_SHARED ?? join(repoRoot, '..', 'shared');
