// Scores the redaction check against answer keys (format in the shared corpus's README): the
// shared corpus, and this repository's own corpus written after real published reviews
// (test/fixtures/redaction-corpus: its tuning part and, reported apart, its held-out part).
// Runs the real CLI (`node dist/cli.js check --format json`) over each corpus, then:
//   - per kind: planted occurrences covered by a redaction finding / planted occurrences
//     (every occurrence of a `flag` text outside the `redaction` block);
//   - keep texts wrongly covered (a redaction finding overlapping a `keep` occurrence);
//   - other redaction findings that overlap nothing in the key;
//   - redaction/public-figure hints (a cited researcher: "check this is a citation"), counted
//     apart: they ask the editor to look, they do not say the text must change;
//   - the time the CLI took.
// Targets (issue 14): every declared name found, every other kind at least 95%, at most one wrong
// finding per ten files.
// Prints a table per corpus and writes build/redaction-eval.json and build/redaction-eval.md.
//   npm run eval:redaction [-- --corpus <dir>] [--skip-held-out] [--no-build] [--readme]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isPair, isScalar, parseDocument } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpusArg = args.indexOf('--corpus');
const ownCorpus = join(root, 'test/fixtures/redaction-corpus');
const corpora =
  corpusArg >= 0
    ? [{ name: 'given', dir: resolve(root, args[corpusArg + 1]) }]
    : [
        { name: 'shared', dir: resolve(root, process.env.REDACTION_CORPUS ?? '../shared/corpus/redaction') },
        { name: 'tuning', dir: join(ownCorpus, 'tuning') },
        ...(args.includes('--skip-held-out') ? [] : [{ name: 'held-out', dir: join(ownCorpus, 'held-out') }]),
      ];
for (const corpus of corpora) {
  if (!existsSync(corpus.dir)) {
    console.error(`eval:redaction: no corpus at ${corpus.dir} (pass --corpus <dir> or set REDACTION_CORPUS)`);
    process.exit(2);
  }
}
if (!args.includes('--no-build') || !existsSync(join(root, 'dist/cli.js')))
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const kinds = [
  'declared-name',
  'person-name',
  'pseudonym',
  'date-of-birth',
  'full-date',
  'postcode',
  'phone',
  'email',
  'nhs-number',
  'ni-number',
  'address',
  'vehicle-registration',
];
const targetFor = (kind) => (kind === 'declared-name' ? 100 : 95);
const noteRules = new Set(['redaction/public-figure']);

function evaluate(corpus) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--format', 'json', corpus], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0 && run.status !== 1) {
    console.error(`eval:redaction: the CLI failed (exit ${run.status}):\n${run.stderr}`);
    process.exit(2);
  }
  const rows = JSON.parse(run.stdout);

  const perKind = Object.fromEntries(kinds.map((kind) => [kind, { planted: 0, found: 0 }]));
  const missed = [];
  const keepHits = [];
  const unmatched = [];
  const notes = [];
  let files = 0;

  for (const name of readdirSync(corpus)
    .filter((f) => f.endsWith('.review.yaml'))
    .sort()) {
    files++;
    const path = join(corpus, name);
    const text = readFileSync(path, 'utf8');
    const key = JSON.parse(readFileSync(path.replace(/\.review\.yaml$/, '.expect.json'), 'utf8'));
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const offset = (p) => lineStarts[p.line] + p.character;
    const all = rows
      .filter((row) => resolve(row.file) === resolve(path) && String(row.code).startsWith('redaction/'))
      .map((row) => ({ start: offset(row.range.start), end: offset(row.range.end), code: row.code, used: false }));
    for (const note of all.filter((f) => noteRules.has(f.code)))
      notes.push({ file: name, rule: note.code, text: text.slice(note.start, note.end) });
    const findings = all.filter((f) => !noteRules.has(f.code));
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
        keepHits.push({
          file: name,
          keep,
          found: text.slice(Math.min(...hits.map((h) => h.start)), Math.max(...hits.map((h) => h.end))),
          rules: [...new Set(hits.map((h) => h.code))],
        });
      }
    }
    for (const finding of findings)
      if (!finding.used) unmatched.push({ file: name, rule: finding.code, text: text.slice(finding.start, finding.end) });
  }

  return summarise({ corpus, files, elapsedMs, perKind, missed, keepHits, unmatched, notes });
}

function summarise({ corpus, files, elapsedMs, perKind, missed, keepHits, unmatched, notes }) {
  const totalPlanted = kinds.reduce((n, k) => n + perKind[k].planted, 0);
  const totalFound = kinds.reduce((n, k) => n + perKind[k].found, 0);
  const wrong = keepHits.length + unmatched.length;
  const result = {
    corpus,
    files,
    elapsedMs: Math.round(elapsedMs),
    perKind: Object.fromEntries(
      kinds.map((k) => [
        k,
        { ...perKind[k], coverage: perKind[k].planted ? perKind[k].found / perKind[k].planted : null, target: targetFor(k) / 100 },
      ]),
    ),
    total: { planted: totalPlanted, found: totalFound },
    keepWronglyFlagged: keepHits,
    unmatchedFindings: unmatched,
    wrongFindings: wrong,
    wrongFindingsAllowed: Math.floor(files / 10),
    publicFigureNotes: notes,
    missed,
  };
  result.meetsTargets =
    kinds.every((k) => perKind[k].planted === 0 || (100 * perKind[k].found) / perKind[k].planted >= targetFor(k)) &&
    wrong <= result.wrongFindingsAllowed;
  return result;
}

const pct = (found, planted) => (planted === 0 ? '-' : `${((100 * found) / planted).toFixed(1)}%`);
function table(name, result) {
  const { perKind, files } = result;
  return [
    `### ${name} corpus (${files} files)`,
    '',
    '| kind | found / planted | coverage | target |',
    '| --- | ---: | ---: | ---: |',
    ...kinds.map(
      (k) => `| ${k} | ${perKind[k].found} / ${perKind[k].planted} | ${pct(perKind[k].found, perKind[k].planted)} | ${targetFor(k)}% |`,
    ),
    `| **all** | ${result.total.found} / ${result.total.planted} | ${pct(result.total.found, result.total.planted)} | |`,
    '',
    `Keep texts wrongly flagged: ${result.keepWronglyFlagged.length}. Other redaction findings matching nothing in the key: ${result.unmatchedFindings.length}. Wrong findings: ${result.wrongFindings} over ${files} files (allowed: ${result.wrongFindingsAllowed}, one per ten files). Cited researchers shown as public-figure hints: ${result.publicFigureNotes.length}.`,
    `Time: ${result.elapsedMs} ms for the CLI over ${files} files (one process, including start-up). Targets met: ${result.meetsTargets ? 'yes' : 'no'}.`,
    '',
  ];
}

const results = corpora.map((corpus) => ({ name: corpus.name, result: evaluate(corpus.dir) }));
const markdown = results.flatMap(({ name, result }) => table(name, result)).join('\n');
mkdirSync(join(root, 'build'), { recursive: true });
writeFileSync(
  join(root, 'build/redaction-eval.json'),
  JSON.stringify(Object.fromEntries(results.map(({ name, result }) => [name, result])), null, 2) + '\n',
);
writeFileSync(join(root, 'build/redaction-eval.md'), markdown);
process.stdout.write(markdown);
for (const { name, result } of results) {
  for (const m of result.missed) process.stdout.write(`  [${name}] missed ${m.kind}: ${m.file} "${m.text}"\n`);
  for (const k of result.keepWronglyFlagged)
    process.stdout.write(`  [${name}] keep flagged: ${k.file} "${k.keep}" (${k.rules.join(', ')} on "${k.found}")\n`);
  for (const u of result.unmatchedFindings) process.stdout.write(`  [${name}] unmatched: ${u.file} ${u.rule} "${u.text}"\n`);
  if (args.includes('--notes'))
    for (const n of result.publicFigureNotes) process.stdout.write(`  [${name}] note: ${n.file} ${n.rule} "${n.text}"\n`);
}
process.stdout.write('Written: build/redaction-eval.json, build/redaction-eval.md\n');
if (args.includes('--readme')) {
  // Replaces the table between the redaction doc's eval markers with this run's.
  const docPath = join(root, 'docs/redaction.md');
  const doc = readFileSync(docPath, 'utf8');
  const begin = '<!-- redaction-eval:begin -->\n';
  const end = '<!-- redaction-eval:end -->';
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) {
    console.error('eval:redaction: docs/redaction.md has no redaction-eval markers');
    process.exit(2);
  }
  writeFileSync(docPath, doc.slice(0, from + begin.length) + markdown + doc.slice(to));
  process.stdout.write('Updated the tables in docs/redaction.md\n');
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
