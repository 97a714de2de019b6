#!/usr/bin/env node
// `npm start`: try the extension in a real VS Code in the browser, with nothing else installed.
// Installs the npm dependencies if they are missing, builds and packages the extension, installs
// the .vsix into code-server (VS Code served on 127.0.0.1; installed once into a cache outside
// the repository, see scripts/code-server/installCodeServer.mjs) and opens examples/.
// Runs until Ctrl+C, then ends code-server's whole process group.
//   npm start                 port 8765, or a free one if that is taken
//   npm start -- --port=9000  a port of your choice
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, isPortFree, startCodeServer } from './code-server/codeServer.mjs';
import { ensureCodeServer } from './code-server/installCodeServer.mjs';
import { cacheDir, repoRoot } from './code-server/paths.mjs';

const defaultPort = 8765;
const portArg = process.argv.find((arg) => arg.startsWith('--port='));

async function choosePort() {
  if (portArg) return Number(portArg.slice('--port='.length));
  return (await isPortFree(defaultPort)) ? defaultPort : freePort();
}

async function main() {
  if (!existsSync(join(repoRoot, 'node_modules'))) {
    console.log('start: installing the npm dependencies (npm ci)');
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: repoRoot, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  ensureCodeServer();
  console.log('start: building and packaging the extension');
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'package.mjs')], { cwd: repoRoot, stdio: 'inherit' });

  // One profile per checkout, kept between starts (settings you change stay), outside the
  // repository and with a short path (code-server puts a socket in it).
  const profile = join(cacheDir, 'profiles', createHash('sha256').update(repoRoot).digest('hex').slice(0, 12));
  mkdirSync(profile, { recursive: true });
  const vsix = join(profile, 'review-summaries.vsix');
  copyFileSync(join(repoRoot, 'build', 'review-summaries.vsix'), vsix);

  const examples = join(repoRoot, 'examples');
  const server = await startCodeServer({ stateDir: profile, vsixFiles: [vsix], port: await choosePort(), openFolder: examples });
  console.log(`\nReview Summaries is running in VS Code at:\n\n    ${server.url}/?folder=${encodeURI(examples)}\n`);
  console.log('Open a *.review.yaml file from the Explorer. Press Ctrl+C here to stop.');
  const code = await server.exited;
  console.error(`start: code-server stopped (${code}); its log is ${server.logFile}`);
  process.exit(typeof code === 'number' ? code : 1);
}

main().catch((error) => {
  console.error(`start: ${error?.stack ?? error}`);
  process.exit(1);
});
