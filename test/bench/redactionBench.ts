// The redaction check's speed on a generated summary with 1,000 recommendations: a full check
// with nothing remembered, and a check after a one-word edit (every other text's result comes
// from the memo). Runnable alone (`npm run bench:redaction`, `-- --json` for JSON only) and
// importable by the overall benchmark (runRedactionBench).
import { performance } from 'node:perf_hooks';
import { createLanguageService } from '../../server/src/service/languageService';
import { parseSummary } from '../../server/src/service/parse/parseSummary';
import { sharedMemo } from '../../server/src/service/redaction/memo';
import { hashedEntry } from '../../server/src/service/redaction/normalize';
import { redactionChecker } from '../../server/src/service/redaction/redactionChecker';
import { defaultSettings } from '../../server/src/service/settings';
import { emptyWorkspace } from '../../server/src/service/workspace';

export interface RedactionBenchResult {
  recommendations: number;
  characters: number;
  runs: number;
  /** Medians, in milliseconds. */
  redactionFullMs: number;
  redactionEditMs: number;
  serviceFullMs: number;
  serviceEditMs: number;
  findings: number;
  memo: { hitsOnEdit: number; missesOnEdit: number };
}

const sentences = [
  'The Metropolitan Police Service should ensure that staff at Northwick Park Hospital use routine enquiry when a woman attends with an injury.',
  "All agencies should make sure that Clare's Law applications are decided within 28 days, and that the victim is told in May of each year.",
  'The Community Safety Partnership should commission training on coercive control, economic abuse and stalking for frontline staff.',
  'Health visitors should ask about domestic abuse at every contact, and record the answer even when the partner is present.',
];

export function generateSummary(recommendations: number): string {
  const lines = [
    'title: Westshire review',
    'csp: Brent',
    'published: 2023-08',
    'yearOfDeath: 2020',
    'source:',
    '  url: https://example.org/westshire.pdf',
    'summary: >-',
    '  The victim, a woman in her forties, was killed by her former partner. Staff at',
    '  Grace Road Surgery saw her twice; Dr Okafor referred her to the IDVA service.',
    'recommendations:',
  ];
  for (let n = 1; n <= recommendations; n++) {
    lines.push(`  - number: ${n}`, '    text: >-');
    const text = `${sentences[n % sentences.length]} (Recommendation ${n} of the review${n % 50 === 0 ? `, raised by Shannon on 9 December 2020` : ''}.)`;
    for (let i = 0; i < text.length; i += 72) lines.push(`      ${text.slice(i, i + 72).trim()}`);
    lines.push('    addressedTo:', '      - All agencies involved in this review');
  }
  lines.push('redaction:', '  names:');
  for (let n = 0; n < 20; n++) lines.push(`    - Person${String.fromCharCode(65 + n)} Example`);
  for (const name of ['Jane Smith', 'Zoë O’Neill', 'Łukasz Nowak', 'Adult A', 'Child B']) lines.push(`    - ${hashedEntry(name)}`);
  lines.push('  allow:', '    - Grace Road Surgery');
  return lines.join('\n') + '\n';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10;
}

export function runRedactionBench(recommendations = 1000, runs = 5): RedactionBenchResult {
  const text = generateSummary(recommendations);
  // The one-word edit: "should" becomes "must" in recommendation 500's text.
  const target = text.indexOf(' should ', text.indexOf(`  - number: ${Math.ceil(recommendations / 2)}\n`));
  if (target < 0) throw new Error('the generated summary has no word to edit');
  const edited = `${text.slice(0, target)} must ${text.slice(target + ' should '.length)}`;
  const redactionFull: number[] = [];
  const redactionEdit: number[] = [];
  const serviceFull: number[] = [];
  const serviceEdit: number[] = [];
  let findings = 0;
  let hitsOnEdit = 0;
  let missesOnEdit = 0;
  const context = (source: string) => ({ parsed: parseSummary(source), settings: defaultSettings, workspace: emptyWorkspace });
  redactionChecker.check(context(text)); // load the name data once, outside the timings
  for (let run = 0; run < runs; run++) {
    // Redaction check alone (parsing excluded).
    sharedMemo.clear();
    const before = context(text);
    let start = performance.now();
    findings = redactionChecker.check(before).length;
    redactionFull.push(performance.now() - start);
    const after = context(edited);
    const hits = sharedMemo.hits;
    const misses = sharedMemo.misses;
    start = performance.now();
    redactionChecker.check(after);
    redactionEdit.push(performance.now() - start);
    hitsOnEdit = sharedMemo.hits - hits;
    missesOnEdit = sharedMemo.misses - misses;

    // The whole service (parse and every rule), as the editor runs it.
    sharedMemo.clear();
    const service = createLanguageService();
    const uri = 'file:///bench/large.review.yaml';
    start = performance.now();
    service.findings({ uri, version: 1, getText: () => text });
    serviceFull.push(performance.now() - start);
    start = performance.now();
    service.findings({ uri, version: 2, getText: () => edited });
    serviceEdit.push(performance.now() - start);
  }
  return {
    recommendations,
    characters: text.length,
    runs,
    redactionFullMs: median(redactionFull),
    redactionEditMs: median(redactionEdit),
    serviceFullMs: median(serviceFull),
    serviceEditMs: median(serviceEdit),
    findings,
    memo: { hitsOnEdit, missesOnEdit },
  };
}

if (require.main === module && !process.env.NO_BENCH_MAIN) {
  const json = process.argv.includes('--json');
  const result = runRedactionBench();
  if (!json) {
    process.stdout.write(
      [
        `Redaction check on a generated summary: ${result.recommendations} recommendations, ${result.characters} characters (median of ${result.runs} runs)`,
        `  full check, nothing remembered:  ${result.redactionFullMs} ms (redaction rules only), ${result.serviceFullMs} ms (whole service: parse and every rule)`,
        `  after a one-word edit:           ${result.redactionEditMs} ms (redaction rules only), ${result.serviceEditMs} ms (whole service)`,
        `  texts re-analysed after the edit: ${result.memo.missesOnEdit} (remembered: ${result.memo.hitsOnEdit}); findings: ${result.findings}`,
        '',
      ].join('\n'),
    );
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}
