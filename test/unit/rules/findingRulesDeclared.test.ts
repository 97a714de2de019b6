import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { parseSummary } from '../../../server/src/service/parse/parseSummary';
import { checkers } from '../../../server/src/service/rules/index';
import { defaultSettings } from '../../../server/src/service/settings';
import { emptyWorkspace } from '../../../server/src/service/workspace';
import { generateSummary } from '../../support/generateSummary';
import { examplesDir, fixturesDir, repoRoot } from '../../support/paths';

// Severities, suppressions and the README's table all go by the ids a checker declares, so a
// finding under an undeclared id would escape them all. Each checker runs on its own here (not
// through runChecks, which would turn a throw into internal/error and hide which checker threw).

function summaryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return summaryFiles(path);
    return entry.name.endsWith('.review.yaml') ? [path] : [];
  });
}

const texts: Array<{ name: string; text: string }> = [
  ...[...summaryFiles(fixturesDir), ...summaryFiles(examplesDir)].map((path) => ({
    name: relative(repoRoot, path),
    text: readFileSync(path, 'utf8'),
  })),
  ...[1, 12, 120].map((recommendations) => ({
    name: `generated (${recommendations})`,
    text: generateSummary({ recommendations, seed: recommendations }),
  })),
];

test('every finding of every checker is under one of the rule ids that checker declares', () => {
  let findingCount = 0;
  for (const { name, text } of texts) {
    const parsed = parseSummary(text);
    for (const checker of checkers) {
      const declared = new Set(checker.rules.map((rule) => rule.id));
      for (const finding of checker.check({ parsed, settings: defaultSettings, workspace: emptyWorkspace })) {
        findingCount++;
        assert.ok(
          declared.has(finding.rule),
          `${name}: "${finding.rule}" is reported by a checker that declares only ${[...declared].join(', ')}`,
        );
      }
    }
  }
  // The fixtures are mostly there to fail, so a run with no findings means the files were not read.
  assert.ok(findingCount > texts.length, `only ${findingCount} findings over ${texts.length} files`);
});
