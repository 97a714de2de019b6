// The web worker's figures for the README: the size of dist/browser/server.js (as built; run after
// `npm run build:production` for the shipped size) and, in headless Chromium, the time from
// starting the worker to the first diagnostics of examples/uttlesford.review.yaml (median of 5).
// The page plays the client: initialize, didOpen, and "no such file" to the server's file requests.
//   node scripts/bench-web.mjs [--runs=5]
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumPath, ensureSystemPackages } from './code-server/systemPackages.mjs';
import { repoRoot } from './code-server/paths.mjs';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5);
const worker = join(repoRoot, 'dist', 'browser', 'server.js');
const summary = readFileSync(join(repoRoot, 'examples', 'uttlesford.review.yaml'), 'utf8');

const page = `<!doctype html><script>
window.measure = (text) => new Promise((resolve, reject) => {
  const t0 = performance.now();
  const w = new Worker('/server.js');
  const times = {};
  let id = 0;
  const send = (message) => w.postMessage({ jsonrpc: '2.0', ...message });
  w.onerror = (e) => reject(new Error(e.message));
  w.onmessage = ({ data }) => {
    if (data.method === 'textDocument/publishDiagnostics') {
      times.diagnostics = performance.now() - t0;
      w.terminate();
      resolve({ ...times, count: data.params.diagnostics.length });
    } else if (data.id !== undefined && data.method) {
      // A request from the server (file reads, registrations): nothing there.
      send({ id: data.id, result: null });
    } else if (data.id === 1) {
      times.initialized = performance.now() - t0;
      send({ method: 'initialized', params: {} });
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'vscode-test-web://mount/uttlesford.review.yaml', languageId: 'review-summary', version: 1, text } } });
    }
  };
  send({ id: ++id, method: 'initialize', params: { processId: null, rootUri: 'vscode-test-web://mount/', workspaceFolders: [{ uri: 'vscode-test-web://mount/', name: 'mount' }], capabilities: {} } });
});
</script>`;

const server = createServer((request, response) => {
  if (request.url === '/server.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(worker));
  else response.writeHead(200, { 'content-type': 'text/html' }).end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
ensureSystemPackages({ needBrowser: true });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await tab.evaluate((text) => window.measure(text), summary));
  const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
  const bytes = statSync(worker).size;
  const report = {
    bytes,
    gzipBytes: gzipSync(readFileSync(worker)).length,
    initializedMs: Math.round(median('initialized')),
    firstDiagnosticsMs: Math.round(median('diagnostics')),
    diagnostics: results[0].count,
    runs,
  };
  console.log(
    `dist/browser/server.js: ${(bytes / 1024).toFixed(0)} KiB (${(report.gzipBytes / 1024).toFixed(0)} KiB gzipped); worker start to initialize answered ${report.initializedMs} ms, to the first diagnostics of uttlesford.review.yaml ${report.firstDiagnosticsMs} ms (median of ${runs}; ${report.diagnostics} diagnostics)`,
  );
  console.log(JSON.stringify(report));
} finally {
  await browser.close();
  server.close();
}
