// Figures for the recommendation list and navigation: the numbering checks with their whole-list
// fixes, the outline, folding, and workspace symbols over many files. Prints medians; asserts
// nothing. `node scripts/bench-numbering.mjs` (BENCH_RUNS=n for more or fewer runs).
import { parseSummary } from '../../server/src/service/parse/parseSummary';
import { createLanguageService } from '../../server/src/service/languageService';
import { workspaceSymbols, summarySymbols, type SummarySource } from '../../server/src/service/features/workspaceSymbols';
import { numberingCheckers } from '../../server/src/service/rules/numbering/index';
import { readRecommendations } from '../../server/src/service/rules/numbering/recommendationList';
import { renumberFix, sortFix } from '../../server/src/service/rules/numbering/numberingFixes';
import { defaultSettings } from '../../server/src/service/settings';
import { emptyWorkspace } from '../../server/src/service/workspace';
import { recommendationsYaml, summaryText } from '../support/summaryText';

const runs = Number(process.env.BENCH_RUNS ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;
const rows: string[] = [];

for (const count of [12, 1000]) {
  // The worst order for the checks and the sort: every item out of place.
  const reversed = Array.from({ length: count }, (_, i) => count - i);
  const text = summaryText({ recommendations: recommendationsYaml(count, reversed) });
  const parsed = parseSummary(text);
  const list = readRecommendations(parsed)!;
  const context = { parsed, settings: { ...defaultSettings, maxDiagnostics: Infinity }, workspace: emptyWorkspace };
  rows.push(`${count} recommendations (reversed), ${text.length} characters`);
  rows.push(`  parse (for scale)              ${ms(time(() => parseSummary(text)))}`);
  rows.push(`  numbering checks               ${ms(time(() => numberingCheckers.forEach((checker) => checker.check(context))))}`);
  rows.push(`  sort fix (edits)               ${ms(time(() => sortFix(parsed, list)))}`);
  rows.push(`  renumber fix (edits)           ${ms(time(() => renumberFix(parsed, list)))}`);
  const service = createLanguageService();
  let version = 0;
  const fresh = () => ({ uri: `file:///bench-${count}.review.yaml`, version: ++version, getText: () => text });
  rows.push(`  outline (parse included)       ${ms(time(() => service.documentSymbols(fresh())))}`);
  rows.push(`  folding (parse included)       ${ms(time(() => service.foldingRanges(fresh())))}`);
}

for (const files of [100, 1000]) {
  const sources: SummarySource[] = Array.from({ length: files }, (_, i) => ({
    uri: `file:///ws/summary-${i}.review.yaml`,
    text: summaryText({ title: `Town ${i} review`, recommendations: recommendationsYaml(12) }),
  }));
  const cache = new Map<string, ReturnType<typeof summarySymbols>>();
  const cached = (source: SummarySource) => {
    let symbols = cache.get(source.uri);
    if (!symbols) cache.set(source.uri, (symbols = summarySymbols(source)));
    return symbols;
  };
  const first = performance.now();
  workspaceSymbols(sources, 'town', cached);
  const firstQuery = performance.now() - first;
  rows.push(`workspace symbols over ${files} summaries of 12 recommendations`);
  rows.push(`  first query (parses every file) ${ms(firstQuery)}`);
  rows.push(`  later queries (symbols cached)  ${ms(time(() => workspaceSymbols(sources, 'partnership act', cached)))}`);
}

console.log(rows.join('\n'));
