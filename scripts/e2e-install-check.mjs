#!/usr/bin/env node
// `npm run e2e:install-check`: proves the one-time install of code-server and its Node 24 from an
// empty cache, as on a fresh machine: installs into a new temporary cache folder, starts
// code-server once and asks it for its health and its workbench page, then stops it and checks
// that nothing was written to the home folder (~/.config/code-server, ~/.local/share/code-server).
//   npm run e2e:install-check                   a fresh temporary cache, removed afterwards
//   npm run e2e:install-check -- --cache DIR    install into DIR (kept; `npm test` does this when
//                                              the real cache is empty, so the suite reuses it)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cacheArg = process.argv.indexOf('--cache');
const keep = cacheArg >= 0;
const cache = keep ? resolve(process.argv[cacheArg + 1]) : mkdtempSync(join(tmpdir(), 'rs-install-check-'));
// paths.mjs reads this when it is first imported, so it is set before the imports below.
process.env.REVIEW_SUMMARIES_E2E_CACHE = cache;
const { ensureCodeServer, isCodeServerReady } = await import('./code-server/installCodeServer.mjs');
const { startCodeServer } = await import('./code-server/codeServer.mjs');

const homeFolders = [join(homedir(), '.config', 'code-server'), join(homedir(), '.local', 'share', 'code-server')];
const alreadyThere = new Set(homeFolders.filter((folder) => existsSync(folder)));
const problems = [];
const started = Date.now();
let server;
const stateDir = mkdtempSync(join(tmpdir(), 'rs-ic-'));
try {
  if (isCodeServerReady()) throw new Error(`${cache} already holds an install: give an empty folder, or none for a temporary one`);
  console.log(`install-check: installing into ${cache}${keep ? '' : ' (a new, empty folder)'}`);
  const installed = ensureCodeServer();
  const installSeconds = (Date.now() - started) / 1000;
  console.log(`install-check: installed ${installed.version} in ${installSeconds.toFixed(1)} s`);
  server = await startCodeServer({ stateDir, vsixFiles: [] });
  const page = await fetch(`${server.url}/`);
  const html = await page.text();
  if (!page.ok || !html.includes('workbench')) problems.push(`code-server's start page did not load (HTTP ${page.status})`);
} catch (error) {
  problems.push(error.message);
} finally {
  await server?.stop();
  rmSync(stateDir, { recursive: true, force: true });
  if (!keep) rmSync(cache, { recursive: true, force: true });
}
for (const folder of homeFolders)
  if (!alreadyThere.has(folder) && existsSync(folder)) problems.push(`the install wrote ${folder} outside the cache`);

if (problems.length) {
  console.error(`install-check: FAILED\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `install-check: ok: code-server installed from an empty cache and served its workbench (${((Date.now() - started) / 1000).toFixed(1)} s in all)`,
);
