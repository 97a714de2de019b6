import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../../server/src/service/languageService';
import { emptyWorkspace, type WorkspaceData } from '../../../server/src/service/workspace';
import { FolderWorkspaces } from '../../../server/src/workspace/folderWorkspace';
import { redactionRuleIds } from '../../../server/src/service/redaction/redactionChecker';

const summary = (words: string) => `title: Brent review
csp: Brent
published: 2023-08
yearOfDeath: 2020
source:
  url: https://example.org/brent.pdf
summary: ${words}
recommendations:
  - number: 1
    text: All agencies involved in this review should share risk information.
    addressedTo:
      - All agencies involved in this review
`;

const catalogue = (name: string, abbreviation: string) =>
  `agencies:\n  - name: ${name}\n    kind: police\n    abbreviations: [${abbreviation}]\n`;

describe('workspace files by folder', () => {
  // repo/.git marks the repository root; outside/ sits above it and must never apply.
  let outside: string;
  let repo: string;
  before(() => {
    outside = mkdtempSync(join(tmpdir(), 'folder-ws-'));
    repo = join(outside, 'repo');
    for (const dir of ['.git', 'lib/north/deep', 'lib/south', 'other']) mkdirSync(join(repo, dir), { recursive: true });
    writeFileSync(join(outside, 'review-summaries.redaction.yaml'), 'names: [Outsider]\n');
    writeFileSync(join(repo, 'review-summaries.redaction.yaml'), 'names: [Rootname]\nallow: [Hope Street]\n');
    writeFileSync(join(repo, 'lib/north/review-summaries.redaction.yaml'), 'names: [Northname]\n');
    writeFileSync(join(repo, 'lib/south/review-summaries.redaction.yaml'), 'names: [Southname]\n');
    writeFileSync(join(repo, 'review-summaries.agencies.yaml'), catalogue('Root Police', 'RP'));
    writeFileSync(join(repo, 'lib/north/review-summaries.agencies.yaml'), catalogue('North Police', 'NP'));
  });
  after(() => rmSync(outside, { recursive: true, force: true }));

  test('the chain runs from the folder up to the repository root, nearest first', () => {
    const folders = new FolderWorkspaces();
    assert.deepEqual(folders.chain(join(repo, 'lib/north/deep')), [
      join(repo, 'lib/north/deep'),
      join(repo, 'lib/north'),
      join(repo, 'lib'),
      repo,
    ]);
    // Outside any repository it runs to the filesystem root.
    const top = folders.chain(outside);
    assert.equal(top[0], outside);
    const last = top.at(-1)!;
    assert.equal(dirname(last), last, 'ends at the filesystem root');
  });

  test("redaction lists merge upward; a sibling folder's list never applies", () => {
    const folders = new FolderWorkspaces();
    const deep = folders.forFile(join(repo, 'lib/north/deep/a.review.yaml'));
    assert.deepEqual(deep.redactionNames.sort(), ['Northname', 'Rootname']);
    assert.deepEqual(deep.redactionAllow, ['Hope Street']);
    assert.deepEqual(folders.forFile(join(repo, 'lib/south/b.review.yaml')).redactionNames.sort(), ['Rootname', 'Southname']);
    assert.deepEqual(folders.forFile(join(repo, 'other/c.review.yaml')).redactionNames, ['Rootname']);
  });

  test('catalogues layer from the farthest to the nearest, after the files the setting names', () => {
    const listed = join(outside, 'shared.agencies.yaml');
    writeFileSync(listed, catalogue('Shared Police', 'SP'));
    const folders = new FolderWorkspaces();
    folders.setListedCatalogues([listed]);
    const names = (data: WorkspaceData) => data.agencyCatalogues.map((file) => file.uri.slice(pathToFileURL(outside).toString().length));
    assert.deepEqual(names(folders.forFile(join(repo, 'lib/north/deep/a.review.yaml'))), [
      '/shared.agencies.yaml',
      '/repo/review-summaries.agencies.yaml',
      '/repo/lib/north/review-summaries.agencies.yaml',
    ]);
    assert.deepEqual(names(folders.forFile(join(repo, 'lib/south/b.review.yaml'))), [
      '/shared.agencies.yaml',
      '/repo/review-summaries.agencies.yaml',
    ]);
  });

  test('each folder is read once; the same data is the same object until a file changes', () => {
    const folders = new FolderWorkspaces();
    const first = folders.forFile(join(repo, 'other/c.review.yaml'));
    assert.equal(folders.forFile(join(repo, 'other/d.review.yaml')), first);
    // Folders with equal data share one object (and so one catalogue).
    assert.equal(folders.forFolder(join(repo, 'lib')), first);
    const list = join(repo, 'other/review-summaries.redaction.yaml');
    try {
      writeFileSync(list, 'names: [Othername]\n');
      // Not told yet: the folder is not read again.
      assert.equal(folders.forFile(join(repo, 'other/c.review.yaml')), first);
      folders.forget(list);
      const changed = folders.forFile(join(repo, 'other/c.review.yaml'));
      assert.notEqual(changed, first);
      assert.deepEqual(changed.redactionNames.sort(), ['Othername', 'Rootname']);
      // A change elsewhere that makes no difference here keeps the object.
      folders.forget(join(repo, 'lib/south/review-summaries.redaction.yaml'));
      assert.equal(folders.forFile(join(repo, 'other/c.review.yaml')), changed);
    } finally {
      rmSync(list, { force: true });
    }
  });

  test("the editor's unsaved text of a file wins over the disk", () => {
    const open = join(repo, 'lib/south/review-summaries.redaction.yaml');
    const folders = new FolderWorkspaces({
      openFile: (path) => (path === open ? { uri: pathToFileURL(path).toString(), text: 'names: [Typedname]\n' } : undefined),
    });
    assert.deepEqual(folders.forFile(join(repo, 'lib/south/b.review.yaml')).redactionNames.sort(), ['Rootname', 'Typedname']);
  });

  test('a workspace folder holding the summary comes first (a new catalogue is created there)', () => {
    const folders = new FolderWorkspaces();
    const other = pathToFileURL(join(repo, 'other')).toString();
    const lib = pathToFileURL(join(repo, 'lib')).toString();
    folders.setWorkspaceFolders([other, lib]);
    assert.deepEqual(folders.forFile(join(repo, 'lib/south/b.review.yaml')).workspaceFolders, [lib, other]);
  });
});

describe('the language service with per-document workspace data', () => {
  const text = summary('Northname met Southname near the station.');
  const declared = (names: string[]): WorkspaceData => ({ ...emptyWorkspace, redactionNames: names });

  test('each document is checked with its own data, even with the same text', () => {
    const byUri: Record<string, WorkspaceData> = {
      'file:///r/north/a.review.yaml': declared(['Northname']),
      'file:///r/south/a.review.yaml': declared(['Southname']),
    };
    const service = createLanguageService({ workspaceFor: (uri) => byUri[uri] });
    const flagged = (uri: string) =>
      service
        .findings({ uri, version: 1, getText: () => text })
        .filter((f) => f.rule === redactionRuleIds.declaredName)
        .map((f) => text.slice(f.start, f.end));
    assert.deepEqual(flagged('file:///r/north/a.review.yaml'), ['Northname']);
    assert.deepEqual(flagged('file:///r/south/a.review.yaml'), ['Southname']);
    // A document the resolver does not know gets the shared data (empty here).
    assert.deepEqual(flagged('file:///elsewhere/a.review.yaml'), []);
  });

  test('new data for a document voids its cached findings and its incremental snapshot', () => {
    let data = declared([]);
    const service = createLanguageService({ workspaceFor: () => data, collectCheckCounts: true });
    const uri = 'file:///r/a.review.yaml';
    const declaredOf = (version: number, source: string) =>
      service
        .findings({ uri, version, getText: () => source })
        .filter((f) => f.rule === redactionRuleIds.declaredName)
        .map((f) => source.slice(f.start, f.end));
    assert.deepEqual(declaredOf(1, text), []);
    data = declared(['Northname']);
    // Same version, same text: only the data changed.
    assert.deepEqual(declaredOf(1, text), ['Northname']);
    // An edit inside a recommendation's prose after the change: its findings come from the new data.
    const edited = text.replace('share risk information', 'share risk information with Northname');
    const full = service.checkCounts.full;
    assert.deepEqual(declaredOf(2, edited), ['Northname', 'Northname']);
    data = declared([]);
    assert.deepEqual(declaredOf(2, edited), []);
    assert.ok(service.checkCounts.full > full, 'checked again in full under the new data');
  });
});
