import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLanguageService, type LanguageServiceOptions } from '../service/languageService';
import type { WorkspaceData } from '../service/workspace';
import { checkSummaryFile, type FileReport } from './checkFile';

const workerTag = 'review-summary/check-worker';
/** Below this many files per thread, starting a worker (it loads the whole checker) costs more than it saves. */
const filesPerWorkerWorthIt = 40;
/** Files handed to a worker at a time: few enough to balance the load, enough to keep messages rare. */
const batchSize = 8;

export interface ParallelOptions {
  /** Threads to use; undefined picks from the machine's cores and the number of files. */
  jobs?: number;
  /** Plain data only: it is copied to each thread. */
  serviceOptions: LanguageServiceOptions;
  /**
   * Each folder's workspace data (see folderWorkspace.ts), read once by the caller; copied to each
   * thread in one piece, so folders that share data still share one object (and one catalogue).
   */
  workspaceByFolder?: Record<string, WorkspaceData>;
  /** The script a worker runs: the bundled CLI itself (see runCheckWorkerIfAsked). */
  workerScript: string;
}

/**
 * Checks files across worker threads, each with its own language service, handing out small
 * batches as workers finish so a few slow files do not hold one thread up. Reports come back in
 * the order of `files` whatever the scheduling, so output never depends on the thread count.
 */
export async function checkFiles(files: readonly string[], options: ParallelOptions): Promise<FileReport[]> {
  const threads = options.jobs ?? Math.min(availableParallelism(), Math.floor(files.length / filesPerWorkerWorthIt));
  const workerCount = Math.min(threads, Math.ceil(files.length / batchSize));
  if (workerCount <= 1) return checkSerially(files, options);
  const reports: Array<FileReport | undefined> = new Array(files.length);
  let next = 0;
  const takeBatch = (): number[] => {
    const batch: number[] = [];
    while (batch.length < batchSize && next < files.length) batch.push(next++);
    return batch;
  };
  // Batches a worker was given and has not answered; checked here if the worker dies.
  const stranded: number[] = [];
  await Promise.all(
    Array.from(
      { length: workerCount },
      () =>
        new Promise<void>((resolveWorker) => {
          const worker = new Worker(options.workerScript, {
            workerData: { tag: workerTag, serviceOptions: options.serviceOptions, workspaceByFolder: options.workspaceByFolder },
          });
          const inFlight = new Set<number>();
          const send = (): boolean => {
            const batch = takeBatch();
            if (batch.length === 0) return false;
            batch.forEach((i) => inFlight.add(i));
            worker.postMessage(batch.map((i) => ({ index: i, file: files[i] })));
            return true;
          };
          let finished = false;
          const finish = (): void => {
            if (finished) return;
            finished = true;
            stranded.push(...inFlight);
            void worker.terminate();
            resolveWorker();
          };
          worker.on('message', (answers: Array<{ index: number; report: FileReport }>) => {
            for (const { index, report } of answers) {
              reports[index] = report;
              inFlight.delete(index);
            }
            // One batch answered, one more handed out; done when nothing is left or in flight.
            send();
            if (inFlight.size === 0) finish();
          });
          worker.on('error', finish);
          worker.on('exit', finish);
          // Two batches in flight, so a worker never waits for the main thread between them.
          send();
          send();
          if (inFlight.size === 0) finish();
        }),
    ),
  );
  if (stranded.length > 0) {
    const service = serviceFor(options);
    for (const index of stranded) reports[index] = checkSummaryFile(service, files[index]);
  }
  return reports.map((report, index) => report ?? checkSerially([files[index]], options)[0]);
}

function checkSerially(files: readonly string[], options: Pick<ParallelOptions, 'serviceOptions' | 'workspaceByFolder'>): FileReport[] {
  const service = serviceFor(options);
  return files.map((file) => checkSummaryFile(service, file));
}

/** A service that gives each summary its folder's workspace data. */
function serviceFor({ serviceOptions, workspaceByFolder }: Pick<ParallelOptions, 'serviceOptions' | 'workspaceByFolder'>) {
  if (!workspaceByFolder) return createLanguageService(serviceOptions);
  return createLanguageService({
    ...serviceOptions,
    workspaceFor: (uri) => (uri.startsWith('file:') ? workspaceByFolder[dirname(resolve(fileURLToPath(uri)))] : undefined),
  });
}

/** In a worker started by checkFiles: serve batches until terminated. Returns false elsewhere. */
export function runCheckWorkerIfAsked(): boolean {
  if (isMainThread || !parentPort || (workerData as { tag?: string } | null)?.tag !== workerTag) return false;
  const port = parentPort;
  const service = serviceFor(workerData as Pick<ParallelOptions, 'serviceOptions' | 'workspaceByFolder'>);
  port.on('message', (batch: Array<{ index: number; file: string }>) => {
    port.postMessage(batch.map(({ index, file }) => ({ index, report: checkSummaryFile(service, file) })));
  });
  return true;
}
