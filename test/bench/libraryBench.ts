// The library side: 1,000 generated summaries of typical size through the CLI (all cores, and one
// thread), against the floor of reading and parsing them all with `yaml` in one thread.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { districtNames, generateSummary } from '../support/generateSummary';
import { repoRoot } from '../support/paths';
import { median } from './stats';

export interface LibraryFigures {
  files: number;
  chars: number;
  recommendations: number;
  threads: number;
  cliMs: number;
  cliSerialMs: number;
  filesPerSecond: number;
  floorMs: number;
  ratioToFloor: number;
  findings: number;
}

export function writeLibrary(dir: string, count: number): { chars: number; recommendations: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let chars = 0;
  let recommendations = 0;
  for (let i = 0; i < count; i++) {
    // Typical summaries: 5 to 40 recommendations, most near 12.
    const n = 5 + Math.round(Math.abs(Math.sin(i * 12.9898)) * Math.abs(Math.sin(i * 4.1414)) * 35);
    const csp = districtNames[i % districtNames.length];
    const month = String(1 + (i % 12)).padStart(2, '0');
    const text = generateSummary({
      recommendations: n,
      seed: i + 1,
      csp,
      published: `${2015 + (i % 10)}-${month}`,
      sourceUrl: `https://example.org/library/${i}/overview-report.pdf`,
    });
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${csp.toLowerCase()}.review.yaml`), text);
    chars += text.length;
    recommendations += n;
  }
  return { chars, recommendations };
}

function runCli(dir: string, count: number, jobs?: number): { ms: number; findings: number } {
  const args = [join(repoRoot, 'dist', 'cli.js'), 'check', ...(jobs ? ['--jobs', String(jobs)] : []), dir];
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) throw new Error(`CLI failed (${result.status}): ${result.stderr}`);
  // The last line counts the files checked: a library the CLI skipped would time nothing.
  const checked = /^(\d+) files? checked/m.exec(result.stdout);
  if (Number(checked?.[1]) !== count)
    throw new Error(`the CLI checked ${checked?.[1] ?? 'no'} files of ${count}: ${result.stdout.slice(-500)}`);
  return { ms, findings: result.stdout.split('\n').filter((line) => /:\d+:\d+ /.test(line)).length };
}

function parseAll(dir: string): number {
  const started = performance.now();
  for (const name of readdirSync(dir).sort()) parseDocument(readFileSync(join(dir, name), 'utf8'), { keepSourceTokens: true });
  return performance.now() - started;
}

export function benchLibrary(dir: string, count = 1000): LibraryFigures {
  const { chars, recommendations } = writeLibrary(dir, count);
  parseAll(dir);
  const floorMs = median([parseAll(dir), parseAll(dir), parseAll(dir)]);
  runCli(dir, count);
  const parallel = [runCli(dir, count), runCli(dir, count), runCli(dir, count)];
  const serial = [runCli(dir, count, 1), runCli(dir, count, 1)];
  const cliMs = median(parallel.map((r) => r.ms));
  return {
    files: count,
    chars,
    recommendations,
    threads: Math.min(availableParallelism(), Math.floor(count / 40)),
    cliMs,
    cliSerialMs: median(serial.map((r) => r.ms)),
    filesPerSecond: (count * 1000) / cliMs,
    floorMs,
    ratioToFloor: cliMs / floorMs,
    findings: parallel[0].findings,
  };
}
