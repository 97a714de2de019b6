import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { settingsTable } from '../../scripts/settingsTable.mjs';
import { repoRoot } from '../support/paths';

test('the README documents every setting as package.json declares it (npm run docs regenerates it)', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const begin = '<!-- settings:begin -->';
  const end = '<!-- settings:end -->';
  assert.ok(readme.includes(begin) && readme.includes(end), 'README.md lacks the settings markers');
  const table = readme.slice(readme.indexOf(begin) + begin.length, readme.indexOf(end)).trim();
  const manifest: unknown = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  assert.equal(table, settingsTable(manifest));
});

test('every setting has a description and a default, so its row says what it does', () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    contributes: {
      configuration: { properties: Record<string, { description?: string; markdownDescription?: string; default?: unknown }> };
    };
  };
  for (const [name, setting] of Object.entries(manifest.contributes.configuration.properties)) {
    assert.ok((setting.markdownDescription ?? setting.description ?? '').trim(), `${name} has no description`);
    assert.ok('default' in setting, `${name} has no default`);
  }
});
