// The server's workspace files over a file system it reaches only through requests (a web worker,
// a vscode-vfs: folder in github.dev): the same folder rule as on disk, by URI.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FileType, type FileSystem } from '../../../common/protocol/fileSystemProtocol';
import { resolveSettingEntry, WorkspaceFileSync } from '../../../server/src/lsp/workspaceFileSync';

const root = 'vscode-vfs://github/org/repo';

/** An in-memory file system by URI that counts its requests. */
function memoryFileSystem(files: Record<string, string>, folders: string[]): FileSystem & { requests: number } {
  const fileSystem = {
    requests: 0,
    async stat(uri: string) {
      fileSystem.requests++;
      return uri in files ? FileType.File : folders.includes(uri) ? FileType.Directory : undefined;
    },
    async readFile(uri: string) {
      fileSystem.requests++;
      if (!(uri in files)) throw Object.assign(new Error('not found'), { code: 'FileNotFound' });
      return files[uri]!;
    },
    async readDirectory() {
      return [];
    },
  };
  return fileSystem;
}

function sync(fileSystem: FileSystem, warnings: string[] = []): WorkspaceFileSync {
  const files = new WorkspaceFileSync(
    new TextDocuments(TextDocument),
    fileSystem,
    () => undefined,
    (message) => warnings.push(message),
  );
  files.setFolders([`${root}/lib`]);
  return files;
}

const catalogue = (name: string) => `agencies:\n  - name: ${name}\n    kind: police\n`;

describe('workspace files on a virtual file system', () => {
  const fileSystem = memoryFileSystem(
    {
      'vscode-vfs://github/org/review-summaries.redaction.yaml': 'names: [Outsider]\n',
      [`${root}/review-summaries.redaction.yaml`]: 'names: [Rootname]\n',
      [`${root}/lib/north/review-summaries.redaction.yaml`]: 'names: [Northname]\n',
      [`${root}/lib/south/review-summaries.redaction.yaml`]: 'names: [Southname]\n',
      [`${root}/lib/north/review-summaries.agencies.yaml`]: catalogue('North Police'),
      [`${root}/shared/extra.agencies.yaml`]: catalogue('Extra Police'),
    },
    [`${root}/.git`],
  );

  test('a summary gets the files of its folder and those above it, up to the repository root, never a sibling', async () => {
    const files = sync(fileSystem);
    const uri = `${root}/lib/north/deep/a.review.yaml`;
    await files.ready(uri);
    const data = files.workspaceFor(uri);
    assert.deepEqual([...data.redactionNames].sort(), ['Northname', 'Rootname']);
    assert.deepEqual(
      data.agencyCatalogues.map((file) => file.uri),
      [`${root}/lib/north/review-summaries.agencies.yaml`],
    );
    assert.deepEqual(data.workspaceFolders, [`${root}/lib`]);
  });

  test('files are fetched once: a second summary in the same folders asks nothing', async () => {
    const files = sync(fileSystem);
    await files.ready(`${root}/lib/north/a.review.yaml`);
    const before = fileSystem.requests;
    await files.ready(`${root}/lib/north/b.review.yaml`);
    assert.equal(fileSystem.requests, before);
  });

  test('summaries checked at the same time each get their data (fetches do not overlap)', async () => {
    const files = sync(fileSystem);
    const north = `${root}/lib/north/x.review.yaml`;
    const south = `${root}/lib/south/x.review.yaml`;
    await Promise.all([files.ready(north), files.ready(south), files.ready(north)]);
    assert.deepEqual([...files.workspaceFor(north).redactionNames].sort(), ['Northname', 'Rootname']);
    assert.deepEqual([...files.workspaceFor(south).redactionNames].sort(), ['Rootname', 'Southname']);
  });

  test('a file changed in the store is read again', async () => {
    const changing = memoryFileSystem({ [`${root}/lib/review-summaries.redaction.yaml`]: 'names: [Before]\n' }, [`${root}/.git`]);
    const files = sync(changing);
    const uri = `${root}/lib/a.review.yaml`;
    await files.ready(uri);
    assert.deepEqual(files.workspaceFor(uri).redactionNames, ['Before']);
    const store = changing as unknown as { readFile: (uri: string) => Promise<string> };
    const original = store.readFile;
    store.readFile = async (requested) => (requested.endsWith('redaction.yaml') ? 'names: [After]\n' : original(requested));
    files.filesChanged([{ uri: `${root}/lib/review-summaries.redaction.yaml`, type: 2 }]);
    await files.ready(uri);
    assert.deepEqual(files.workspaceFor(uri).redactionNames, ['After']);
  });

  test("catalogueFiles entries resolve on the folder's file system; a missing one is reported, not fatal", async () => {
    assert.equal(resolveSettingEntry('shared/extra.agencies.yaml', root), `${root}/shared/extra.agencies.yaml`);
    assert.equal(resolveSettingEntry('/org/repo/x.yaml', root), 'vscode-vfs://github/org/repo/x.yaml');
    assert.equal(resolveSettingEntry('/srv/x.yaml', 'file:///home/me'), 'file:///srv/x.yaml');
    assert.equal(resolveSettingEntry('x.yaml', undefined), undefined);
    const warnings: string[] = [];
    const files = sync(fileSystem, warnings);
    files.setListedFiles(['../shared/extra.agencies.yaml', '../shared/missing.agencies.yaml']);
    const uri = `${root}/lib/south/a.review.yaml`;
    await files.ready(uri);
    assert.deepEqual(
      files.workspaceFor(uri).agencyCatalogues.map((file) => file.uri),
      [`${root}/shared/extra.agencies.yaml`],
    );
    assert.equal(warnings.filter((warning) => warning.includes('missing.agencies.yaml')).length > 0, true);
  });
});
