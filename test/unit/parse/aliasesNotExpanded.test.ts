import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseSummary } from '../../../server/src/service/parse/parseSummary';
import { hostileDir } from '../../support/hostileCorpus';

test('a "billion laughs" file is never expanded: aliases stand as null in the plain value', () => {
  const text = readFileSync(join(hostileDir, 'billion-laughs.review.yaml'), 'utf8');
  const parsed = parseSummary(text);
  const value = parsed.value as Record<string, unknown[]>;
  // Expanded, `reviewType` would hold 10^9 strings; unexpanded it is ten nulls.
  assert.deepEqual(value.reviewType, new Array(10).fill(null));
  assert.deepEqual(value.csp, new Array(10).fill(null));
  assert.ok(JSON.stringify(parsed.value).length < text.length);
});
