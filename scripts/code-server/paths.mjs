// Where things are: the repository, and the cache outside it that holds code-server and Node 24.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Reused across runs and clones; override with REVIEW_SUMMARIES_E2E_CACHE. */
export const cacheDir =
  process.env.REVIEW_SUMMARIES_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'review-summaries-e2e');
