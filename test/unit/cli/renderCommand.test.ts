// `review-summary render`: writes the export, refuses with errors unless --force, never with a
// redaction error, and says why.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultOutputPath, renderCommand } from '../../../server/src/cli/renderCommand';
import { examplesDir } from '../../support/paths';
import { summaryText } from '../../support/summaryText';

function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = renderCommand.run(args, { out: (s) => (out += s), err: (s) => (err += s), cwd }) as number;
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'render-cli-'));

test('writes the page next to the summary, or to -o, or to standard output', () => {
  writeFileSync(join(dir, 'anytown.review.yaml'), readFileSync(join(examplesDir, 'uttlesford.review.yaml')));
  const beside = run(['anytown.review.yaml'], dir);
  assert.equal(beside.code, 0, beside.err);
  assert.match(readFileSync(join(dir, 'anytown.html'), 'utf8'), /^<!DOCTYPE html>[\s\S]*Extracted:<\/span> 12 recs/);
  const named = run(['anytown.review.yaml', '-o', 'page.html'], dir);
  assert.equal(named.code, 0);
  assert.match(named.out, /wrote .*page\.html/);
  assert.ok(existsSync(join(dir, 'page.html')));
  const stdout = run(['anytown.review.yaml', '-o', '-'], dir);
  assert.match(stdout.out, /^<!DOCTYPE html>/);
  assert.equal(defaultOutputPath('a/b.review.yml'), 'a/b.html');
});

test('refuses a summary with errors, lists them, and exports it with --force', () => {
  writeFileSync(join(dir, 'broken.review.yaml'), summaryText().replace('csp: Anytown\n', ''));
  const refused = run(['broken.review.yaml', '-o', 'broken.html'], dir);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /not rendering broken\.review\.yaml: the summary has 1 error\(s\).*--force/);
  assert.match(refused.err, /broken\.review\.yaml:\d+:\d+ error schema\/missing-field/);
  assert.ok(!existsSync(join(dir, 'broken.html')));
  const forced = run(['broken.review.yaml', '-o', 'broken.html', '--force'], dir);
  assert.equal(forced.code, 0);
  assert.match(forced.err, /exported despite 1 error/);
  assert.ok(existsSync(join(dir, 'broken.html')));
});

test('never exports over a redaction error, even with --force', () => {
  const text = summaryText({
    summary: 'Zebedee Quarrington was known to services.',
    tail: 'redaction:\n  names:\n    - Zebedee Quarrington\n',
  });
  writeFileSync(join(dir, 'named.review.yaml'), text);
  for (const args of [['named.review.yaml'], ['named.review.yaml', '--force']]) {
    const result = run([...args, '-o', 'named.html'], dir);
    assert.equal(result.code, 1, result.err);
    assert.match(result.err, /redaction error.*--force never overrides/);
    assert.match(result.err, /error redaction\//);
    assert.ok(!existsSync(join(dir, 'named.html')));
  }
});

test('a name declared only in the workspace redaction list blocks the export too', () => {
  const folder = mkdtempSync(join(tmpdir(), 'render-cli-list-'));
  writeFileSync(join(folder, 'review-summaries.redaction.yaml'), 'names:\n  - Zebedee Quarrington\n');
  writeFileSync(join(folder, 'listed.review.yaml'), summaryText({ summary: 'Zebedee Quarrington was known to services.' }));
  const result = run(['listed.review.yaml', '--force', '-o', 'listed.html'], folder);
  assert.equal(result.code, 1, result.err);
  assert.match(result.err, /redaction\/declared-name/);
  assert.ok(!existsSync(join(folder, 'listed.html')));
});

test('bad usage exits 2 and says what is wrong', () => {
  assert.equal(run([], dir).code, 2);
  assert.match(run(['a', 'b'], dir).err, /one summary file/);
  assert.match(run(['x.review.yaml', '--fast'], dir).err, /unknown option "--fast"/);
  assert.match(run(['missing.review.yaml'], dir).err, /cannot read \(ENOENT\)/);
  assert.match(run(['--help'], dir).out, /Usage: review-summary render/);
});
