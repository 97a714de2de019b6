// Starting the server's web worker. VS Code's web extension host can start a worker from the
// extension's URL (unencoded: `toString(true)`, as its samples do); a host whose extensions are
// served from a URL a worker may not load (code-server's web worker extension host, with a
// `vscode-remote:` location) gets the same script from a Blob, read with `workspace.fs`.
import type { Uri } from 'vscode';

const workerName = 'Review Summaries language server';

export async function startServerWorker(script: Uri, readScript: () => Promise<Uint8Array>): Promise<Worker> {
  const url = script.toString(true);
  if (/^https?:/i.test(url)) {
    try {
      return new Worker(url, { name: workerName });
    } catch {
      // Refused (another origin, a content policy): fall through to the Blob.
    }
  }
  const blob = new Blob([(await readScript()) as Uint8Array<ArrayBuffer>], { type: 'text/javascript' });
  return new Worker(URL.createObjectURL(blob), { name: workerName });
}
