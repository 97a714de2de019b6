// Opening a large file in a server that has just started, as an editor does when it opens a
// workspace on it: the CPU the server process spends from its start until the file's first
// diagnostics (start-up, module load, initialize, the first check), and its resident memory then.
// Each figure is the median of fresh processes, since a shared machine's CPU times vary by tens of ms.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../support/paths';
import { ServerProcess, type ServerSpec } from './serverProcess';
import { median } from './stats';

export interface OpenFigures {
  server: string;
  /** CPU from the process's start to the end of initialize (its own start-up, no document). */
  startCpuMs: number;
  /** CPU from didOpen to the file's first diagnostics, in the fresh process. */
  firstOpenCpuMs: number;
  /** startCpuMs + firstOpenCpuMs: what opening the file costs a server that was not running. */
  openCpuMs: number;
  /** Resident memory after initialize, before any document. */
  startRssMiB: number;
  /** Resident memory once the first diagnostics are out. */
  rssMiB: number;
  diagnostics: number;
}

/** One fresh process: started, initialized, the file opened once. */
async function openOnce(spec: ServerSpec, label: string, text: string): Promise<OpenFigures> {
  const server = new ServerProcess(spec);
  try {
    const rootUri = pathToFileURL(join(repoRoot, 'build', 'bench-files')).href;
    await server.initialize(rootUri);
    const startCpuMs = server.cpuMs();
    const startRssMiB = server.rssMiB();
    const uri = `${rootUri}/${label}.review.yaml`;
    const published = server.nextDiagnostics(uri, 1);
    await server.open(uri, text, 1);
    const diagnostics = (await published).diagnostics.length;
    const openedCpu = server.cpuMs();
    return {
      server: spec.name,
      startCpuMs,
      startRssMiB,
      firstOpenCpuMs: openedCpu - startCpuMs,
      openCpuMs: openedCpu,
      rssMiB: server.rssMiB(),
      diagnostics,
    };
  } finally {
    await server.stop();
  }
}

/**
 * Medians over `runs` fresh processes of each server, the servers taking turns so that a burst of
 * load on the machine falls on both.
 */
export async function benchOpen(specs: readonly ServerSpec[], label: string, text: string, runs: number): Promise<OpenFigures[]> {
  const samples: OpenFigures[][] = specs.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < specs.length; i++) samples[i].push(await openOnce(specs[i], label, text));
  }
  return samples.map((list) => ({
    server: list[0].server,
    startCpuMs: median(list.map((f) => f.startCpuMs)),
    firstOpenCpuMs: median(list.map((f) => f.firstOpenCpuMs)),
    openCpuMs: median(list.map((f) => f.openCpuMs)),
    startRssMiB: median(list.map((f) => f.startRssMiB)),
    rssMiB: median(list.map((f) => f.rssMiB)),
    diagnostics: list[0].diagnostics,
  }));
}
