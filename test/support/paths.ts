import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The repository root. Tests run bundled from a temporary folder, so this walks up from the
 * bundle to the project's package.json, and falls back to the working directory.
 */
function findRepoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'review-summaries') return dir;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return process.cwd();
}

export const repoRoot = process.env.REVIEW_SUMMARIES_ROOT ?? findRepoRoot();
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
export const examplesDir = join(repoRoot, 'examples');
/** The shared folder beside the repository (read-only reference material). */
export const sharedDir = process.env.REVIEW_SUMMARIES_SHARED ?? join(repoRoot, '..', 'shared');

/**
 * A file of the shared folder, or undefined when the folder is not beside the repository: a test
 * that needs it then skips, saying why (pass `skipUnlessShared(...)` as the test's options).
 */
export function readSharedFile(...parts: string[]): string | undefined {
  const path = join(sharedDir, ...parts);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** node:test options that skip a test, with the reason, when `content` from the shared folder is missing. */
export function skipUnlessShared(content: unknown, what: string): { skip?: string } {
  return content === undefined
    ? { skip: `${what} is not there: put the shared folder beside the repository (or set REVIEW_SUMMARIES_SHARED)` }
    : {};
}

/** require() resolving from the repository (tests run bundled from a temporary folder). */
export const requireFromRepo: NodeJS.Require = createRequire(join(repoRoot, 'package.json'));
