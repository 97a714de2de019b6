// Starting code-server for one run: a fresh user-data and extensions folder, the given .vsix files
// installed through its own CLI, listening on 127.0.0.1 on a free port, in its own process group.
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { ensureCodeServer } from './installCodeServer.mjs';
import { cleanEnvironment, runGroup, spawnGroup } from './processGroup.mjs';

/** Listens on 127.0.0.1:`port` (0 = any) and closes again; resolves with the port, rejects if taken. */
function tryPort(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

export function freePort() {
  return tryPort(0);
}

export function isPortFree(port) {
  return tryPort(port).then(
    () => true,
    () => false,
  );
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitUntilServing(url, server, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exitCode;
  server.exited.then((code) => (exitCode = code ?? 'exited'));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`code-server exited (${exitCode}) before serving:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms:\n${tail(logFile)}`);
}

/** A fresh profile that opens straight onto the workspace, with nothing phoning home. */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  // VS Code in a browser saves after a second by default: tests that edit and revert must never
  // write the examples, and `npm start` should not change the checkout's files unasked.
  'files.autoSave': 'off',
  'chat.disableAIFeatures': true,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Adds the quiet settings a profile does not have yet; settings someone changed are kept. */
function writeQuietSettings(file) {
  let current = {};
  if (existsSync(file)) {
    try {
      current = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return; // comments or a half-written file: that profile is someone's own, leave it be
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...quietSettings, ...current }, null, 2));
}

/**
 * Installs `vsixFiles` into the profile under `stateDir` (a fresh folder for each test run), starts code-server and waits until it
 * serves. Returns { url, port, logFile, exited, stop() }. `env` is added to the server's
 * environment (the extension host inherits it); `openFolder` is what a bare address opens.
 */
export async function startCodeServer({
  stateDir,
  vsixFiles,
  env = {},
  logFile = join(stateDir, 'code-server.log'),
  port,
  openFolder,
  log = console.log,
}) {
  const { node, entry } = ensureCodeServer();
  const folders = {
    userData: join(stateDir, 'user-data'),
    extensions: join(stateDir, 'extensions'),
  };
  for (const folder of Object.values(folders)) mkdirSync(folder, { recursive: true });
  writeQuietSettings(join(folders.userData, 'User', 'settings.json'));
  const common = [
    '--user-data-dir',
    folders.userData,
    '--extensions-dir',
    folders.extensions,
    // Its own config file, so nothing is written to ~/.config/code-server.
    '--config',
    join(stateDir, 'config.yaml'),
  ];
  // code-server writes its logs under XDG_DATA_HOME (~/.local/share otherwise): keep them in the run's folder.
  const serverEnv = cleanEnvironment({ XDG_CONFIG_HOME: join(stateDir, 'xdg-config'), XDG_DATA_HOME: join(stateDir, 'xdg-data'), ...env });

  let started = Date.now();
  for (const vsix of vsixFiles) {
    const code = await runGroup(node, [entry, ...common, '--install-extension', vsix, '--force'], {
      timeoutMs: 120_000,
      env: serverEnv,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (code !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${code})`);
  }
  log(`code-server: installed ${vsixFiles.length} extension(s) into code-server in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const chosenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosenPort}`;
  const output = createWriteStream(logFile);
  await new Promise((resolve) => output.once('open', resolve));
  started = Date.now();
  const server = spawnGroup(
    node,
    [
      entry,
      ...common,
      '--bind-addr',
      `127.0.0.1:${chosenPort}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      ...(openFolder ? [openFolder] : []),
    ],
    { env: serverEnv, stdio: ['ignore', output, output] },
  );
  try {
    await waitUntilServing(url, server, logFile, 60_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  log(`code-server: serving on ${url} after ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${logFile})`);
  return { url, port: chosenPort, logFile, exited: server.exited, stop: server.stop };
}
