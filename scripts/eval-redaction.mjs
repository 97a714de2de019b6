// Scores the redaction check against the shared corpus's answer keys (format in that folder's
// README). Runs the real CLI (`node dist/cli.js check --format json`) over the corpus, then:
//   - per kind: planted occurrences covered by a redaction finding / planted occurrences
//     (every occurrence of a `flag` text outside the `redaction` block);
//   - keep texts wrongly covered (a redaction finding overlapping a `keep` occurrence);
//   - other redaction findings that overlap nothing in the key;
//   - the time the CLI took.
// Prints a table and writes build/redaction-eval.json and build/redaction-eval.md.
//   npm run eval:redaction [-- --corpus <dir>] [--no-build] [--readme (update README.md's table)]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isPair, isScalar, parseDocument } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpusArg = args.indexOf('--corpus');
const corpus = resolve(root, corpusArg >= 0 ? args[corpusArg + 1] : process.env.REDACTION_CORPUS ?? '../shared/corpus/redaction');
if (!existsSync(corpus)) {
  console.error(`eval:redaction: no corpus at ${corpus} (pass --corpus <dir> or set REDACTION_CORPUS)`);
  process.exit(2);
}
if (!args.includes('--no-build') || !existsSync(join(root, 'dist/cli.js'))) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--format', 'json', corpus], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
if (run.status !== 0 && run.status !== 1) {
  console.error(`eval:redaction: the CLI failed (exit ${run.status}):\n${run.stderr}`);
  process.exit(2);
}
const rows = JSON.parse(run.stdout);

const kinds = ['declared-name', 'person-name', 'pseudonym', 'date-of-birth', 'full-date', 'postcode', 'phone', 'email', 'nhs-number', 'ni-number', 'address', 'vehicle-registration'];
const perKind = Object.fromEntries(kinds.map((kind) => [kind, { planted: 0, found: 0 }]));
const missed = [];
const keepHits = [];
const unmatched = [];
let files = 0;

for (const name of readdirSync(corpus).filter((f) => f.endsWith('.review.yaml')).sort()) {
  files++;
  const path = join(corpus, name);
  const text = readFileSync(path, 'utf8');
  const key = JSON.parse(readFileSync(path.replace(/\.review\.yaml$/, '.expect.json'), 'utf8'));
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p) => lineStarts[p.line] + p.character;
  const findings = rows
    .filter((row) => resolve(row.file) === resolve(path) && String(row.code).startsWith('redaction/'))
    .map((row) => ({ start: offset(row.range.start), end: offset(row.range.end), code: row.code, used: false }));
  const excluded = redactionBlockSpan(text);
  const occurrences = (needle, wordBounded) => {
    const out = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (excluded && at >= excluded.start && at < excluded.end) continue;
      if (lineIsComment(text, at)) continue;
      if (wordBounded && (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? ''))) continue;
      out.push({ start: at, end });
    }
    return out;
  };
  for (const flag of key.flag) {
    for (const occurrence of occurrences(flag.text, true)) {
      perKind[flag.kind].planted++;
      const covering = findings.filter((f) => f.start <= occurrence.start && f.end >= occurrence.end);
      covering.forEach((f) => (f.used = true));
      findings.filter((f) => f.start < occurrence.end && f.end > occurrence.start).forEach((f) => (f.used = true));
      if (covering.length > 0) perKind[flag.kind].found++;
      else missed.push({ file: name, kind: flag.kind, text: flag.text });
    }
  }
  for (const keep of key.keep) {
    for (const occurrence of occurrences(keep, true)) {
      const hits = findings.filter((f) => f.start < occurrence.end && f.end > occurrence.start);
      if (hits.length === 0) continue;
      hits.forEach((f) => (f.used = true));
      keepHits.push({ file: name, keep, found: text.slice(Math.min(...hits.map((h) => h.start)), Math.max(...hits.map((h) => h.end))), rules: [...new Set(hits.map((h) => h.code))] });
    }
  }
  for (const finding of findings) if (!finding.used) unmatched.push({ file: name, rule: finding.code, text: text.slice(finding.start, finding.end) });
}

/** The `redaction:` pair of the top-level mapping (its entries are not published text). */
function redactionBlockSpan(text) {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'redaction');
  if (!pair) return undefined;
  return { start: pair.key.range[0], end: pair.value?.range?.[2] ?? pair.key.range[2] };
}

function lineIsComment(text, at) {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^\s*#/.test(text.slice(lineStart, at + 1));
}

const totalPlanted = kinds.reduce((n, k) => n + perKind[k].planted, 0);
const totalFound = kinds.reduce((n, k) => n + perKind[k].found, 0);
const wrong = keepHits.length + unmatched.length;
const pct = (found, planted) => (planted === 0 ? '-' : `${((100 * found) / planted).toFixed(1)}%`);
const targetFor = (kind) => (kind === 'declared-name' ? 100 : 90);
const result = {
  corpus,
  files,
  elapsedMs: Math.round(elapsedMs),
  perKind: Object.fromEntries(kinds.map((k) => [k, { ...perKind[k], coverage: perKind[k].planted ? perKind[k].found / perKind[k].planted : null, target: targetFor(k) / 100 }])),
  total: { planted: totalPlanted, found: totalFound },
  keepWronglyFlagged: keepHits,
  unmatchedFindings: unmatched,
  wrongFindings: wrong,
  wrongFindingsAllowed: Math.floor(files / 4),
  missed,
};
result.meetsTargets = kinds.every((k) => perKind[k].planted === 0 || (100 * perKind[k].found) / perKind[k].planted >= targetFor(k)) && wrong <= result.wrongFindingsAllowed;

const lines = [
  '| kind | found / planted | coverage | target |',
  '| --- | ---: | ---: | ---: |',
  ...kinds.map((k) => `| ${k} | ${perKind[k].found} / ${perKind[k].planted} | ${pct(perKind[k].found, perKind[k].planted)} | ${targetFor(k)}% |`),
  `| **all** | ${totalFound} / ${totalPlanted} | ${pct(totalFound, totalPlanted)} | |`,
  '',
  `Keep texts wrongly flagged: ${keepHits.length}. Other redaction findings matching nothing in the key: ${unmatched.length}. Wrong findings: ${wrong} over ${files} files (allowed: ${result.wrongFindingsAllowed}, one per four files).`,
  `Time: ${Math.round(elapsedMs)} ms for the CLI over ${files} files (one process, including start-up). Targets met: ${result.meetsTargets ? 'yes' : 'no'}.`,
];
const markdown = lines.join('\n') + '\n';
mkdirSync(join(root, 'build'), { recursive: true });
writeFileSync(join(root, 'build/redaction-eval.json'), JSON.stringify(result, null, 2) + '\n');
writeFileSync(join(root, 'build/redaction-eval.md'), markdown);
process.stdout.write(markdown);
for (const m of missed) process.stdout.write(`  missed ${m.kind}: ${m.file} "${m.text}"\n`);
for (const k of keepHits) process.stdout.write(`  keep flagged: ${k.file} "${k.keep}" (${k.rules.join(', ')} on "${k.found}")\n`);
for (const u of unmatched) process.stdout.write(`  unmatched: ${u.file} ${u.rule} "${u.text}"\n`);
process.stdout.write('Written: build/redaction-eval.json, build/redaction-eval.md\n');
if (args.includes('--readme')) {
  // Replaces the table between the README's redaction-eval markers with this run's.
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const begin = '<!-- redaction-eval:begin -->\n';
  const end = '<!-- redaction-eval:end -->';
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) {
    console.error('eval:redaction: README.md has no redaction-eval markers');
    process.exit(2);
  }
  writeFileSync(readmePath, readme.slice(0, from + begin.length) + markdown + readme.slice(to));
  process.stdout.write('Updated the table in README.md\n');
}
