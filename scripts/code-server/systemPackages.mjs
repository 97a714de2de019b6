// The system packages the code-server host needs: Chromium to drive the page, and the Kerberos
// headers to build code-server's native modules. A clean CI machine runs as root and gets them
// from apt; anyone else is told what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function hasDebianPackage(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

export function ensureSystemPackages({ forInstall = false, needBrowser = false } = {}) {
  const missing = [];
  if (forInstall && !hasDebianPackage('libkrb5-dev')) missing.push('libkrb5-dev');
  if (needBrowser && !existsSync(chromiumPath)) missing.push('chromium');
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `missing system packages: ${missing.join(' ')}. Install them (sudo apt-get install -y ${missing.join(' ')}) and run again.`,
    );
  }
  const started = Date.now();
  console.log(`code-server: apt-get install ${missing.join(' ')}`);
  const apt = (args) => {
    const result = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  };
  apt(['update']);
  // Chromium without its recommends has no fonts to draw the screenshots with.
  const fonts = missing.includes('chromium') ? ['fonts-dejavu-core'] : [];
  apt(['install', '-y', '--no-install-recommends', ...missing, ...fonts]);
  console.log(`code-server: system packages installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
