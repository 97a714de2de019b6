// The one list of flags every test starts Debian's Chromium with: quiet and local-only (no
// sandbox, as root in a container; no GPU; no calls home, which this machine's closed network
// refuses many at a time), and /tmp instead of a small /dev/shm.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
