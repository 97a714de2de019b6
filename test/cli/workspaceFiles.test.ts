// The built CLI on temporary libraries with catalogues and redaction lists in several folders:
// each summary gets the files of its folder and of the folders above it, as in the editor.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli, temporaryFolders, type CliRow } from './cliHarness';

const { library } = temporaryFolders('review-summary-cli-ws-');

function check(cwd: string, ...args: string[]): CliRow[] {
  const result = runCli(cwd, 'check', '--format', 'json', ...args);
  assert.ok(result.code === 0 || result.code === 1, result.stderr);
  return JSON.parse(result.stdout) as CliRow[];
}

const summary = (words: string, agency = 'All agencies involved in this review') => `title: Uttlesford review
csp: Uttlesford
published: 2023-08
yearOfDeath: 2020
source:
  url: https://example.org/uttlesford.pdf
summary: ${words}
recommendations:
  - number: 1
    text: Agencies should share risk information.
    addressedTo:
      - ${agency}
`;

/** file → the words of its declared-name findings (the summary is on line 7, after "summary: "). */
function declared(rows: CliRow[], texts: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const row of rows.filter((r) => r.code === 'redaction/declared-name')) {
    const line = texts[row.file].split('\n')[row.range.start.line];
    (out[row.file] ??= []).push(line.slice(row.range.start.character, row.range.end.character));
  }
  return out;
}

const words = 'Quenby and Rosamund and Thackeray were known to services.';

describe('CLI: workspace files by folder', () => {
  const texts = {
    'north/a.review.yaml': summary(words),
    'north/deep/b.review.yaml': summary(words),
    'south/c.review.yaml': summary(words),
    'top.review.yaml': summary(words),
  };
  const files = {
    ...texts,
    '.git/HEAD': 'ref: refs/heads/main\n',
    'review-summaries.redaction.yaml': 'names: [Thackeray]\n',
    'north/review-summaries.redaction.yaml': 'names: [Quenby]\n',
    'south/review-summaries.redaction.yaml': 'names: [Rosamund]\n',
  };

  test("each summary gets its own folder's list and those above; a sibling's list never applies", () => {
    const dir = library(files);
    assert.deepEqual(declared(check(dir, '.'), texts), {
      'north/a.review.yaml': ['Quenby', 'Thackeray'],
      'north/deep/b.review.yaml': ['Quenby', 'Thackeray'],
      'south/c.review.yaml': ['Rosamund', 'Thackeray'],
      'top.review.yaml': ['Thackeray'],
    });
  });

  test('the same result from any folder the tool runs in, whatever is named, on one thread or many', () => {
    const dir = library(files);
    const fromRoot = declared(check(dir, 'north/deep/b.review.yaml', 'south'), texts);
    assert.deepEqual(fromRoot, { 'north/deep/b.review.yaml': ['Quenby', 'Thackeray'], 'south/c.review.yaml': ['Rosamund', 'Thackeray'] });
    // Run inside north/deep: the lists above still apply (paths are then relative to it).
    const inside = check(join(dir, 'north/deep'), 'b.review.yaml');
    assert.deepEqual(declared(inside, { 'b.review.yaml': texts['north/deep/b.review.yaml'] }), {
      'b.review.yaml': ['Quenby', 'Thackeray'],
    });
    assert.deepEqual(declared(check(dir, '--jobs', '3', '.'), texts), declared(check(dir, '--jobs', '1', '.'), texts));
  });

  test('a list above the repository root does not apply', () => {
    const dir = library({
      'review-summaries.redaction.yaml': 'names: [Quenby]\n',
      'repo/.git/HEAD': 'x\n',
      'repo/a.review.yaml': summary(words),
    });
    assert.deepEqual(declared(check(join(dir, 'repo'), '.'), { 'a.review.yaml': summary(words) }), {});
  });

  test('catalogues: a nearer file adds and overrides; a sibling folder does not know its agencies', () => {
    const catalogue = (name: string, abbreviation: string) =>
      `agencies:\n  - name: ${name}\n    kind: voluntary sector\n    abbreviations: [${abbreviation}]\n`;
    const dir = library({
      '.git/HEAD': 'x\n',
      'review-summaries.agencies.yaml': catalogue('Zephyr Refuge', 'ZR'),
      'north/review-summaries.agencies.yaml': catalogue('Quillon Advocacy Service', 'QAS'),
      'north/a.review.yaml': summary('A short summary of the review.', 'Quillon Advocacy Service'),
      'north/z.review.yaml': summary('A short summary of the review.', 'Zephyr Refuge'),
      'south/b.review.yaml': summary('A short summary of the review.', 'Quillon Advocacy Service'),
    });
    const unknown = check(dir, '.')
      .filter((row) => row.code === 'agency/unknown')
      .map((row) => row.file);
    assert.deepEqual(unknown, ['south/b.review.yaml']);
  });

  test("--catalogue adds a catalogue for every summary, under the folders' own; a missing one is a usage error", () => {
    const catalogue = (name: string) => `agencies:\n  - name: ${name}\n    kind: voluntary sector\n`;
    const dir = library({
      '.git/HEAD': 'x\n',
      'shared/extra.yaml': catalogue('Zephyr Refuge'),
      'north/a.review.yaml': summary('A short summary of the review.', 'Zephyr Refuge'),
      'south/b.review.yaml': summary('A short summary of the review.', 'Quillon Advocacy Service').replace('uttlesford.pdf', 'b.pdf'),
    });
    const unknown = (...args: string[]) =>
      check(dir, ...args)
        .filter((row) => row.code === 'agency/unknown')
        .map((row) => row.file);
    assert.deepEqual(unknown('.'), ['north/a.review.yaml', 'south/b.review.yaml']);
    assert.deepEqual(unknown('--catalogue', 'shared/extra.yaml', '.'), ['south/b.review.yaml']);
    assert.deepEqual(unknown('--catalogue=shared/extra.yaml', '--jobs', '2', '.'), ['south/b.review.yaml'], 'the same on threads');
    const missing = runCli(dir, 'check', '--catalogue', 'nowhere.yaml', '.');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere\.yaml: no such agency catalogue file/);
  });

  test("a library of many files in a few folders: every file gets its folder's list", () => {
    const many: Record<string, string> = { '.git/HEAD': 'x\n', 'review-summaries.redaction.yaml': 'names: [Thackeray]\n' };
    for (let folder = 0; folder < 4; folder++) {
      many[`f${folder}/review-summaries.redaction.yaml`] = `names: [${['Quenby', 'Rosamund', 'Quenby', 'Rosamund'][folder]}]\n`;
      // Each its own review (its own source address), so the library checks stay quiet.
      for (let i = 0; i < 30; i++) many[`f${folder}/s${i}.review.yaml`] = summary(words).replace('uttlesford.pdf', `f${folder}-s${i}.pdf`);
    }
    const dir = library(many);
    const texts = Object.fromEntries(Object.entries(many).filter(([path]) => path.endsWith('.review.yaml')));
    const found = declared(check(dir, '--jobs', '4', '.'), texts);
    assert.equal(Object.keys(found).length, 120);
    for (const [file, names] of Object.entries(found))
      assert.deepEqual(
        names,
        [Number(file[1]) % 2 === 0 ? 'Quenby' : 'Rosamund', 'Thackeray'].sort((a, b) => words.indexOf(a) - words.indexOf(b)),
        file,
      );
  });
});
