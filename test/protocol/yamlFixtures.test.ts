// The YAML fixtures over the protocol: the built server reports each fixture's YAML and schema
// diagnostics at exactly the annotated ranges (the same files the unit tests check on the service).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { formatExpected, readFixture } from '../support/annotations';
import { listFixtures } from '../support/fixtureRunner';
import { TestLspClient } from '../support/lspClient';
import { fixturesDir } from '../support/paths';

const own = (rule: string): boolean => /^(yaml|schema)\//.test(rule);

describe('server over stdio: YAML fixtures', () => {
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  for (const path of listFixtures(join(fixturesDir, 'yaml'))) {
    test(path.slice(fixturesDir.length + 1), async () => {
      const { text, expected } = readFixture(path);
      const uri = pathToFileURL(path).toString();
      // VS Code hands the server the text without a byte order mark.
      await client.open(uri, text.replace(/^\uFEFF/, ''));
      const { diagnostics } = await client.waitForDiagnostics(uri);
      const actual = diagnostics.map((d) => ({ rule: String(d.code), start: d.range.start, end: d.range.end })).filter((e) => own(e.rule));
      assert.deepEqual(
        actual.map(formatExpected).sort(),
        expected
          .filter((e) => own(e.rule))
          .map(formatExpected)
          .sort(),
      );
      await client.close(uri);
    });
  }
});
