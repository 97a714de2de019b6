// Debian's Chromium for the browser tests (playwright-core drives it; it never downloads a browser).
// On a clean machine where we are root (CI), a missing Chromium is installed with apt first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromiumArgs } from '../../scripts/code-server/chromiumArgs.mjs';
import { requireFromRepo } from './paths';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** Quiet, local-only Chromium (one list for every test: scripts/code-server/chromiumArgs.mjs). */
export { chromiumArgs };

function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates.find((path) => existsSync(path));
}

/** The Chromium executable; installs Debian's package when it is missing and we may (root). */
export function chromiumExecutablePath(): string {
  const found = findChromium();
  if (found) return found;
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    process.stderr.write('chromium is missing: installing it with apt-get (Debian package "chromium")\n');
    // apt's progress goes to stderr: a benchmark's stdout is its report (npm run bench -- --docs).
    const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
      stdio: ['ignore', 2, 2],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
    throw new Error(`apt-get could not install chromium (exit ${result.status}); set CHROMIUM_PATH to a Chromium executable`);
  }
  throw new Error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH');
}

export async function launchChromium(): Promise<Browser> {
  // Tests run bundled from a temporary folder: resolve the package from the repository.
  const { chromium } = requireFromRepo('playwright-core') as typeof import('playwright-core');
  return chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs, headless: true });
}
