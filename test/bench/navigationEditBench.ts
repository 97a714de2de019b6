// What folding, the outline and hover cost after a one-word edit in one recommendation of the
// 1,000-recommendation generated file: VS Code asks for folding ranges and document symbols after
// every edit (breadcrumbs, outline), and hover wherever the mouse rests. Prints medians of CPU
// time per edit; asserts nothing. `node scripts/bench-navigation.mjs` (BENCH_EDITS=n for more).
import type { Position } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/languageService';
import { generateSummary } from '../support/generateSummary';
import { median } from './stats';

const edits = Number(process.env.BENCH_EDITS ?? 60);
const warmUp = 5;
const uri = 'file:///bench/navigation.review.yaml';
const words = ['timely', 'robust', 'shared', 'agreed', 'clear', 'regular', 'local', 'written', 'joint', 'annual', 'prompt', 'formal'];

/** CPU time (user + system) of `run`, in ms. */
function cpu(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The text with a word inserted after the first space of a prose line of recommendation `index`, and a hover offset in it. */
function edit(text: string, index: number, word: string): { text: string; hoverAt: number } {
  const item = text.indexOf(`\n  - number: ${index + 1}\n`);
  const prose = /\n {6,}[A-Za-z]+ /g;
  prose.lastIndex = item + 1;
  const line = prose.exec(text)!;
  const at = line.index + line[0].length;
  const edited = text.slice(0, at) + `${word} ` + text.slice(at);
  // Hover on the recommendation's first addressee (its catalogue entry), as a reader checking it would.
  const addressee = edited.indexOf('addressedTo:\n', item) + 'addressedTo:\n'.length;
  return { text: edited, hoverAt: edited.indexOf('- ', addressee) + 4 };
}

interface Times {
  folding: number[];
  outline: number[];
  hover: number[];
  total: number[];
  /** Versions whose whole text was parsed by the time the features had answered. */
  wholeParses: number;
}

type Order = 'features first' | 'diagnostics first' | 'hover alone';

/**
 * Each edit in a different recommendation; the features asked before the diagnostics (VS Code's
 * order), after them, or hover alone before them (nothing else has parsed the version).
 */
function run(order: Order): Times {
  const service = createLanguageService();
  let text = generateSummary({ recommendations: 1000, seed: 1000 });
  let version = 1;
  const document = () => {
    const current = text;
    return { uri, version, getText: () => current };
  };
  service.validate(document());
  service.foldingRanges(document());
  service.documentSymbols(document());
  const times: Times = { folding: [], outline: [], hover: [], total: [], wholeParses: 0 };
  for (let i = 0; i < warmUp + edits; i++) {
    const edited = edit(text, (i * 397 + 11) % 1000, words[i % words.length]);
    text = edited.text;
    version++;
    const doc = document();
    if (order === 'diagnostics first') service.validate(doc);
    const position: Position = service.state(doc).positionAt(edited.hoverAt);
    const folding = order === 'hover alone' ? 0 : cpu(() => service.foldingRanges(doc));
    const outline = order === 'hover alone' ? 0 : cpu(() => service.documentSymbols(doc));
    const hover = cpu(() => service.hover(doc, position));
    const parsed = service.state(doc).isParsed;
    if (order !== 'diagnostics first') service.validate(doc);
    if (i < warmUp) continue;
    if (parsed) times.wholeParses++;
    times.folding.push(folding);
    times.outline.push(outline);
    times.hover.push(hover);
    times.total.push(folding + outline + hover);
  }
  return times;
}

const fmt = (values: number[]): string => median(values).toFixed(2).padStart(8);
const lines = [
  `Folding, outline and hover after a one-word edit in one recommendation of the 1,000-recommendation file (${edits} edits, each in a different recommendation; CPU per edit in ms, medians):`,
  '  order                        folding  outline    hover    total   whole-file parses',
];
for (const order of ['features first', 'diagnostics first', 'hover alone'] as const) {
  const times = run(order);
  const row =
    order === 'hover alone' ? ['-', '-'].map((dash) => dash.padStart(8)).join(' ') : `${fmt(times.folding)} ${fmt(times.outline)}`;
  lines.push(`  ${order.padEnd(26)} ${row} ${fmt(times.hover)} ${fmt(times.total)}   ${times.wholeParses} of ${edits}`);
}
lines.push('  (features first: asked right after the keystroke, as VS Code does, so the edit is checked from its recommendation then;');
lines.push(
  '   diagnostics first: asked once the debounced diagnostics have checked the version; hover alone: before the diagnostics, nothing else asked)',
);
console.log(lines.join('\n'));
