// The built CLI (`node dist/cli.js check`) on temporary libraries: which files it finds, that
// threads do not change its output, its three formats, the cross-file checks and the exit codes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import type { Log } from 'sarif';
import { districtNames } from '../support/generateSummary';
import { repoRoot } from '../support/paths';
import { runCli, temporaryFolders, type CliRow } from './cliHarness';

const { library } = temporaryFolders('review-summary-cli-');

/** `review-summary check ...args` in `cwd`. */
function run(cwd: string, ...args: string[]): ReturnType<typeof runCli> {
  return runCli(cwd, 'check', ...args);
}

type Row = CliRow;

function json(cwd: string, ...args: string[]): Row[] {
  const { stdout } = run(cwd, '--format', 'json', ...args);
  return JSON.parse(stdout) as Row[];
}

/** Real districts (the catalogue knows their CSPs), so per-file rules stay quiet about them. */
const places = districtNames;

/** Only the findings of these rules (the per-file rules of other areas are tested elsewhere). */
function only(rows: Row[], prefix: string): Row[] {
  return rows.filter((row) => row.code.startsWith(prefix));
}

function summary(options: { csp?: string; published?: string; url?: string; agencies?: string[]; extra?: string } = {}): string {
  const csp = options.csp ?? 'Uttlesford';
  const agencies = options.agencies ?? ['All agencies involved in this review'];
  return [
    `title: ${csp} review`,
    `csp: ${csp}`,
    `published: ${options.published ?? '2023-08'}`,
    'yearOfDeath: 2020',
    'source:',
    `  url: ${options.url ?? `https://example.org/${csp.toLowerCase().replace(/\W+/g, '-')}.pdf`}`,
    'summary: The review found that agencies did not share what they knew.',
    'recommendations:',
    '  - number: 1',
    '    text: Agencies should share risk information.',
    '    addressedTo:',
    ...agencies.map((agency) => `      - ${agency}`),
    ...(options.extra ? [options.extra] : []),
    '',
  ].join('\n');
}

/** A summary with exactly one error (an unknown field), so each file found shows up in the output. */
function withOneError(csp: string): string {
  return summary({ csp, extra: 'colour: blue' });
}

describe('review-summary check: finding files', () => {
  test('.gitignore files are respected at every level, with negation, and ignored folders are skipped', () => {
    const dir = library({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'drafts/\n*.old.review.yaml\n',
      'a.review.yaml': withOneError('Uttlesford'),
      'b.old.review.yaml': withOneError('Braintree'),
      'drafts/c.review.yaml': withOneError('Colchester'),
      'nested/d.review.yml': withOneError('Chelmsford'),
      'nested/.gitignore': '!keep.old.review.yaml\ne.review.yaml\n',
      'nested/keep.old.review.yaml': withOneError('Basildon'),
      'nested/e.review.yaml': withOneError('Harlow'),
      'node_modules/pkg/f.review.yaml': withOneError('Maldon'),
      'notes.yaml': 'not: a summary\n',
    });
    const files = only(json(dir, '.'), 'schema/').map((row) => row.file);
    assert.deepEqual(files, ['a.review.yaml', 'nested/d.review.yml', 'nested/keep.old.review.yaml']);
  });

  test('a .gitignore above the folder named (up to the repository root) applies too', () => {
    const dir = library({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'library/private/\n',
      'library/a.review.yaml': withOneError('Uttlesford'),
      'library/private/b.review.yaml': withOneError('Braintree'),
    });
    assert.deepEqual(
      only(json(dir, 'library'), 'schema/').map((row) => row.file),
      ['library/a.review.yaml'],
    );
    // Run from inside the folder: the root's .gitignore still applies.
    assert.deepEqual(
      only(json(join(dir, 'library'), '.'), 'schema/').map((row) => row.file),
      ['a.review.yaml'],
    );
  });

  test('a file named on the command line is checked even if ignored', () => {
    const dir = library({ '.git/HEAD': '', '.gitignore': '*.review.yaml\n', 'a.review.yaml': withOneError('Uttlesford') });
    assert.deepEqual(
      only(json(dir, 'a.review.yaml'), 'schema/').map((row) => row.file),
      ['a.review.yaml'],
    );
    assert.deepEqual(json(dir, '.'), []);
  });
});

describe('review-summary check: parallel runs', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    const name = `lib/${String(i).padStart(2, '0')}.review.yaml`;
    const csp = places[i % places.length];
    if (i % 7 === 0) files[name] = withOneError(csp);
    else if (i % 11 === 0) files[name] = summary({ csp: 'Uttlesford', agencies: ['Essex Police'] });
    else if (i % 5 === 0) files[name] = summary({ csp, agencies: ['essex police', 'Westshire Police'] });
    else if (i % 13 === 0) files[name] = 'title: [broken\n';
    else files[name] = summary({ csp, agencies: ['Essex Police', 'Essex Adult Social Care'] });
  }

  test('output is the same on one thread and on several, in every format', () => {
    const dir = library(files);
    for (const format of ['text', 'json', 'sarif']) {
      const serial = run(dir, '--format', format, '--jobs', '1', 'lib');
      const parallel = run(dir, '--format', format, '--jobs', '3', 'lib');
      assert.ok(serial.stdout.length > 100, `${format}: serial output is not empty`);
      assert.equal(parallel.stdout, serial.stdout, `${format}: same output`);
      assert.equal(parallel.code, serial.code);
    }
    // The default (threads picked from the cores) agrees too.
    assert.equal(run(dir, 'lib').stdout, run(dir, '--jobs', '1', 'lib').stdout);
  });

  test('findings are grouped per file, files in sorted order', () => {
    const dir = library(files);
    const rows = json(dir, '--jobs', '4', 'lib');
    const order = rows.map((row) => row.file);
    assert.deepEqual(order, [...order].sort());
    assert.ok(rows.some((row) => row.code === 'yaml/syntax'));
  });
});

describe('review-summary check: cross-file checks', () => {
  test('two summaries of the same review are reported on the later one, pointing at the first', () => {
    const dir = library({
      'a.review.yaml': summary({ csp: 'Uttlesford', url: 'https://example.org/uttlesford.pdf' }),
      'b.review.yaml': summary({ csp: 'uttlesford', url: 'https://EXAMPLE.org/uttlesford.pdf' }),
      'c.review.yaml': summary({ csp: 'Uttlesford', published: '2023-09', url: 'https://example.org/uttlesford.pdf' }),
    });
    const rows = only(json(dir, '.'), 'library/');
    assert.equal(rows.length, 1);
    assert.equal(rows[0].code, 'library/duplicate-review');
    assert.equal(rows[0].file, 'b.review.yaml');
    assert.deepEqual(rows[0].range, { start: { line: 1, character: 5 }, end: { line: 1, character: 15 } });
    assert.deepEqual(
      rows[0].related?.map((r) => r.file),
      ['a.review.yaml'],
    );
    assert.equal(run(dir, '.').code, 1);
  });

  test('an agency written two ways across the library is listed once, with each place', () => {
    const dir = library({
      'a.review.yaml': summary({ csp: 'Uttlesford', agencies: ['Essex Safeguarding Adults Board'] }),
      'b.review.yaml': summary({ csp: 'Braintree', agencies: ['Essex Safeguarding Adults Board', 'Essex Police'] }),
      'c.review.yaml': summary({ csp: 'Colchester', agencies: ["the Essex Safeguarding Adults' Board"] }),
      'd.review.yaml': summary({ csp: 'Chelmsford', agencies: ['Essex Police', 'Westshire Youth Trust'] }),
      'e.review.yaml': summary({ csp: 'Basildon', agencies: ['ESAB', 'Westshire youth trust'] }),
    });
    const rows = only(json(dir, '.'), 'library/');
    assert.equal(rows.length, 2, JSON.stringify(rows));
    assert.ok(rows.every((row) => row.code === 'library/agency-spelling' && row.severity === 'warning'));
    // A catalogue agency: its abbreviation counts as another spelling, and the catalogue's name is advised.
    const [board, trust] = rows;
    assert.equal(board.file, 'c.review.yaml');
    assert.match(
      board.message,
      /^"Essex Safeguarding Adults Board" is written 3 ways across the library: "Essex Safeguarding Adults Board" \(2 places\), "the Essex Safeguarding Adults' Board" \(1 place\), "ESAB" \(1 place\)\. Write "Essex Safeguarding Adults Board" \(the catalogue's name\) everywhere$/,
    );
    assert.deepEqual(
      board.related?.map((r) => r.file),
      ['a.review.yaml', 'b.review.yaml', 'e.review.yaml'],
    );
    // An agency the catalogue does not know: spellings that differ only in case meet.
    assert.equal(trust.file, 'e.review.yaml');
    assert.match(trust.message, /"Westshire Youth Trust" \(1 place\), "Westshire youth trust" \(1 place\)\. Use one spelling everywhere$/);
    assert.deepEqual(
      trust.related?.map((r) => [r.file, r.message]),
      [['d.review.yaml', 'Written "Westshire Youth Trust"']],
    );
    const text = run(dir, '.').stdout;
    assert.match(text, /^c\.review\.yaml:12:9 warning library\/agency-spelling /m);
    assert.match(text, /^ {4}a\.review\.yaml:12:9 Written "Essex Safeguarding Adults Board"$/m);
  });
});

describe('review-summary check: SARIF', () => {
  test('validates against the SARIF 2.1.0 schema, with rules and 1-based locations', () => {
    const dir = library({
      'a.review.yaml': withOneError('Uttlesford'),
      'b.review.yaml': summary({ csp: 'Braintree', agencies: ['Westshire youth trust'] }),
      'c.review.yaml': summary({ csp: 'Colchester', agencies: ['Westshire Youth Trust'] }),
      'sub dir/ü.review.yaml': summary({ csp: 'Chelmsford', agencies: ['Westshire Youth Trust'] }),
    });
    const { stdout, code } = run(dir, '--format', 'sarif', '.');
    assert.equal(code, 1);
    const log = JSON.parse(stdout) as Log;
    const schemaPath = join(repoRoot, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
    // The schema is draft-04; its keywords here mean the same in ajv's default draft, so only the
    // draft-04 header ($schema, id) is dropped before compiling. One of its patterns is not valid
    // with the u flag, which ajv adds by default.
    const { $schema: _draft, id: _id, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(JSON.parse(stdout)), JSON.stringify(validate.errors, null, 2));

    const run0 = log.runs[0];
    assert.equal(log.version, '2.1.0');
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    const ruleIds = (run0.tool.driver.rules ?? []).map((r) => r.id);
    assert.ok(ruleIds.includes('schema/unknown-field') && ruleIds.includes('library/agency-spelling'));
    const unknown = run0.results!.find((r) => r.ruleId === 'schema/unknown-field')!;
    assert.equal(ruleIds[unknown.ruleIndex!], 'schema/unknown-field');
    assert.equal(unknown.level, 'error');
    // "colour: blue" is line 13 of the file; the key spans columns 1..6 (end column exclusive: 7).
    assert.deepEqual(unknown.locations![0].physicalLocation, {
      artifactLocation: { uri: 'a.review.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 13, startColumn: 1, endLine: 13, endColumn: 7 },
    });
    const spelling = run0.results!.find((r) => r.ruleId === 'library/agency-spelling')!;
    assert.equal(spelling.level, 'warning');
    assert.deepEqual(
      spelling.relatedLocations!.map((l) => l.physicalLocation?.artifactLocation?.uri),
      ['c.review.yaml', 'sub%20dir/%C3%BC.review.yaml'],
    );
    assert.match(run0.originalUriBaseIds!['%SRCROOT%'].uri!, /^file:\/\/.*\/$/);
  });
});

describe('review-summary check: exit codes', () => {
  const clean = summary();
  const warned = {
    'a.review.yaml': summary({ csp: 'Uttlesford', agencies: ['Westshire Youth Trust'] }),
    'b.review.yaml': summary({ csp: 'Braintree', agencies: ['Westshire youth trust'] }),
  };

  test('0 when clean, and when warnings are within --max-warnings', () => {
    assert.equal(run(library({ 'a.review.yaml': clean }), '.').code, 0);
    const dir = library(warned);
    assert.equal(run(dir, '.').code, 0);
    assert.equal(run(dir, '--max-warnings', '1', '.').code, 0);
  });

  test('1 for an error, or for more warnings than --max-warnings', () => {
    assert.equal(run(library({ 'a.review.yaml': withOneError('Uttlesford') }), '.').code, 1);
    const over = run(library(warned), '--max-warnings=0', '.');
    assert.equal(over.code, 1);
    assert.match(over.stderr, /1 warnings, more than --max-warnings 0/);
  });

  test('2 for bad usage, a missing path, or an unreadable file', () => {
    const dir = library({ 'a.review.yaml': clean });
    assert.equal(runCli(dir).code, 2);
    assert.equal(runCli(dir, 'lint', '.').code, 2);
    assert.equal(run(dir).code, 2);
    assert.equal(run(dir, '--format', 'xml', '.').code, 2);
    assert.equal(run(dir, '--max-warnings', '-1', '.').code, 2);
    assert.equal(run(dir, '--jobs', '0', '.').code, 2);
    assert.equal(run(dir, '--bogus', '.').code, 2);
    const missing = run(dir, 'nowhere');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere: no such file or folder/);
    assert.equal(run(dir, 'a.review.yaml', 'nowhere').code, 2);
  });

  test('--help documents the formats and every exit code', () => {
    const help = run(tmpdir(), '--help');
    assert.equal(help.code, 0);
    for (const needle of [
      '--format text|json|sarif',
      '--max-warnings N',
      '--jobs N',
      '.gitignore',
      '\n  0  ',
      '\n  1  ',
      '\n  2  ',
      '\n  3  ',
    ])
      assert.ok(help.stdout.includes(needle), needle);
    assert.match(runCli(tmpdir(), '--help').stdout, /check {4}check summaries/);
  });
});
