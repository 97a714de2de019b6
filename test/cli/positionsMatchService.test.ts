// The built CLI reports YAML problems at the same places as the editor: text output 1-based,
// `--format json` 0-based UTF-16 (LSP), through emoji, combining accents, CRLF, a BOM and tabs.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../server/src/service/languageService';
import { fixturesDir, repoRoot } from '../support/paths';
import { runCli, temporaryFolders, type CliRow } from './cliHarness';

const scratch = temporaryFolders('review-summary-cli-positions-').folder();

function check(file: string, ...flags: string[]) {
  return runCli(repoRoot, 'check', ...flags, file);
}

function json(file: string): CliRow[] {
  const { stdout } = check(file, '--format', 'json');
  return JSON.parse(stdout) as CliRow[];
}

/** Where `needle` starts on the line containing it, counted in UTF-16 code units (as LSP does). */
function positionOf(text: string, needle: string): { line: number; character: number } {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => !l.trimStart().startsWith('#') && l.includes(needle));
  assert.ok(line >= 0, `${needle} is in the file`);
  return { line, character: lines[line].indexOf(needle) };
}

describe('CLI positions (built dist/cli.js)', () => {
  test('after an emoji and a combining accent on the same line, JSON counts UTF-16 units and text counts from 1', () => {
    const file = join(fixturesDir, 'yaml', 'unicode-columns.review.yaml');
    const text = readFileSync(file, 'utf8');
    const expected = positionOf(text, 'year: 1');
    // The emoji before it is two code units: the column is not the count of characters.
    const lineText = text.split('\n')[expected.line];
    assert.notEqual([...lineText.slice(0, expected.character)].length, expected.character);
    const row = json(file).find((r) => r.message.startsWith('`year`'))!;
    assert.deepEqual(row.range, { start: expected, end: { line: expected.line, character: expected.character + 4 } });
    const textOut = check(file);
    assert.equal(textOut.code, 1);
    assert.match(
      textOut.stdout,
      new RegExp(`unicode-columns\\.review\\.yaml:${expected.line + 1}:${expected.character + 1} error schema/unknown-field`),
    );
  });

  test('CRLF line endings: lines and columns as without them, ranges never include the \\r', () => {
    const file = join(fixturesDir, 'yaml', 'crlf.review.yaml');
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes('\r\n'));
    const rows = json(file);
    const published = rows.find((r) => r.code === 'schema/invalid-value')!;
    const at = positionOf(text, '2023-8');
    assert.deepEqual(published.range, { start: at, end: { line: at.line, character: at.character + '2023-8'.length } });
  });

  test('a UTF-8 byte order mark does not shift the first line', () => {
    const file = join(scratch, 'bom.review.yaml');
    writeFileSync(file, '\uFEFFtitel: Westshire review\n');
    const rows = json(file);
    const unknown = rows.find((r) => r.code === 'schema/unknown-field')!;
    // VS Code drops the BOM from the text it hands the server; the CLI must count the same way.
    assert.deepEqual(unknown.range.start, { line: 0, character: 0 });
    assert.deepEqual(unknown.range.end, { line: 0, character: 5 });
  });

  test('a tab used as indentation is reported on the tab', () => {
    const file = join(fixturesDir, 'yaml', 'tabs.review.yaml');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('\t'));
    const row = json(file).find((r) => r.code === 'yaml/syntax')!;
    assert.deepEqual(row.range, { start: { line, character: 0 }, end: { line, character: 1 } });
  });

  test('the CLI and the language service report the same YAML and schema diagnostics', () => {
    // (The CLI also loads workspace data, such as the agency catalogue; those rules are not compared.)
    const service = createLanguageService();
    for (const name of [
      'unicode-columns',
      'crlf',
      'bom',
      'tabs',
      'unclosed-quote',
      'duplicate-keys',
      'custom-tags',
      'multiple-documents',
    ]) {
      const file = join(fixturesDir, 'yaml', `${name}.review.yaml`);
      const text = readFileSync(file, 'utf8');
      const fromService = service
        .validate({ uri: pathToFileURL(file).toString(), version: 1, getText: () => text.replace(/^\uFEFF/, '') })
        .filter((d) => /^(yaml|schema)\//.test(String(d.code)))
        .map((d) => `${d.code} ${JSON.stringify(d.range)} ${d.message}`)
        .sort();
      const fromCli = json(relative(repoRoot, file))
        .filter((r) => /^(yaml|schema)\//.test(r.code))
        .map((r) => `${r.code} ${JSON.stringify(r.range)} ${r.message}`)
        .sort();
      assert.deepEqual(fromCli, fromService, name);
    }
  });

  test('exit codes: 0 for a clean file, 1 for errors, 2 for a missing file', () => {
    assert.equal(check(join(repoRoot, 'examples', 'uttlesford.review.yaml')).code, 0);
    assert.equal(check(join(fixturesDir, 'yaml', 'unclosed-quote.review.yaml')).code, 1);
    assert.equal(check(join(scratch, 'missing.review.yaml')).code, 2);
  });
});
