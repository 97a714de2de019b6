import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { rulesTable } from '../../server/src/service/rules/rulesTable';
import { allRules } from '../../server/src/service/rules/index';
import { repoRoot } from '../support/paths';

test('the README documents every rule, one line each (npm run docs regenerates it)', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const table = readme
    .slice(readme.indexOf('<!-- rules:begin -->') + '<!-- rules:begin -->'.length, readme.indexOf('<!-- rules:end -->'))
    .trim();
  assert.equal(table, rulesTable());
});

test('rule ids are unique and well-formed', () => {
  const ids = allRules().map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z]+\/[a-z0-9-]+$/);
});
