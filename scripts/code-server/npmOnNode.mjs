// Running npm on another Node than the one running us. code-server's postinstall reads Node's
// major version from npm's user agent and builds native modules for the Node that runs npm, so
// putting Node 24 first on PATH is not enough: npm's own script must run on Node 24's binary.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The npm CLI script of the npm on this machine (the one running us, else the one on PATH). */
export function findNpmCli() {
  const candidates = [];
  // Set by npm for the scripts it runs (`npm test`, `npm start`).
  if (process.env.npm_execpath) candidates.push(process.env.npm_execpath);
  const root = spawnSync('npm', ['root', '--global'], { encoding: 'utf8' });
  if (root.status === 0) candidates.push(join(root.stdout.trim(), 'npm', 'bin', 'npm-cli.js'));
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) {
    try {
      candidates.push(realpathSync(which.stdout.trim()));
    } catch {
      // a dangling link: not a candidate
    }
  }
  const found = candidates.find((file) => basename(file) === 'npm-cli.js' && existsSync(file));
  if (!found) throw new Error(`no npm CLI script found (looked at ${candidates.join(', ') || 'nothing'})`);
  return found;
}

/**
 * Writes `<binDir>/npm`, a launcher that runs `npmCli` on `nodeBinary`, for the `npm install`s
 * that code-server's postinstall runs by name. It drops npm_config_allow_scripts, which npm
 * exports to scripts and which a nested project install refuses (EALLOWSCRIPTS); the nested
 * projects carry their own allowScripts in their package.json.
 */
export function writeNpmLauncher(binDir, nodeBinary, npmCli) {
  mkdirSync(binDir, { recursive: true });
  const launcher = join(binDir, 'npm');
  writeFileSync(launcher, `#!/bin/sh\nunset npm_config_allow_scripts\nexec '${nodeBinary}' '${npmCli}' "$@"\n`);
  chmodSync(launcher, 0o755);
  return launcher;
}

/**
 * This process's environment without what an outer npm said about itself. Run from `npm test` or
 * `npm start`, npm's settings arrive as npm_config_* variables, and an inner npm takes those over
 * its own: among them `npm_config_user_agent` ("npm/11 node/v20"), from which code-server's
 * postinstall reads the Node version. Settings a person or CI gave (registry, proxy) are kept.
 */
const outerNpmOnly =
  /^(npm_config_user_agent|npm_config_(local|global)_prefix|npm_config_node_gyp|npm_config_npm_version|npm_execpath|npm_node_execpath|npm_command|npm_lifecycle_\w+|npm_package_\w+|NODE|INIT_CWD)$/i;
export function environmentWithoutOuterNpm() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !outerNpmOnly.test(name)));
}

/** The environment for npm on `nodeBinary`: that Node first on PATH, its headers for node-gyp. */
export function npmEnvironment({ nodeBinary, nodeHeaders, launcherDir, npmCache }) {
  return {
    ...environmentWithoutOuterNpm(),
    PATH: `${launcherDir}:${dirname(nodeBinary)}:${process.env.PATH}`,
    // Overrides a user's `nodedir` (this machine's ~/.npmrc points it at Node 20's headers).
    npm_config_nodedir: nodeHeaders,
    // Inside the cache folder, so an install leaves nothing in the home folder.
    npm_config_cache: npmCache,
    npm_config_update_notifier: 'false',
    JOBS: 'max',
  };
}
