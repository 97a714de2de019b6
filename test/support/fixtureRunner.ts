import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createLanguageService, type LanguageServiceOptions } from '../../server/src/service/languageService';
import { formatExpected, readFixture, type Expected } from './annotations';
import { fixturesDir } from './paths';

export function listFixtures(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listFixtures(full));
    else if (/\.review\.ya?ml$/.test(entry)) out.push(full);
  }
  return out;
}

/**
 * The fixtures' own workspace catalogue (test/fixtures/review-summaries.agencies.yaml): it knows
 * the made-up Westshire the fixtures use, as a real workspace's catalogue would.
 */
export const fixturesCatalogue = {
  uri: pathToFileURL(join(fixturesDir, 'review-summaries.agencies.yaml')).toString(),
  text: readFileSync(join(fixturesDir, 'review-summaries.agencies.yaml'), 'utf8'),
};

/** The diagnostics of a fixture, as the annotations write them. */
export function actualFor(path: string, text: string, options?: LanguageServiceOptions): Expected[] {
  const service = createLanguageService({ ...options, workspace: { agencyCatalogues: [fixturesCatalogue], ...options?.workspace } });
  return service
    .validate({ uri: pathToFileURL(path).toString(), version: 1, getText: () => text })
    .map((d) => ({ rule: String(d.code), start: d.range.start, end: d.range.end }));
}

/**
 * One test per fixture file under `dir`: its diagnostics must be exactly its annotations (same
 * rules, same ranges, nothing more, nothing less).
 */
export function testFixtureFolder(dir: string, options?: LanguageServiceOptions): void {
  for (const path of listFixtures(dir)) {
    test(relative(fixturesDir, path), () => {
      const { text, expected } = readFixture(path);
      const actual = actualFor(path, text, options).map(formatExpected).sort();
      assert.deepEqual(actual, expected.map(formatExpected).sort());
    });
  }
}
