import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const summaryFile = /\.review\.ya?ml$/i;

/** The summary files named, and those found under the folders named (sorted, node_modules skipped). */
export function findSummaryFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (stats.isDirectory()) walk(path, files);
    else files.push(path);
  }
  return { files: [...new Set(files.map((f) => resolve(f)))].sort().map((f) => relativeIfInside(f)), missing };
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && summaryFile.test(entry.name)) out.push(full);
  }
}

function relativeIfInside(file: string): string {
  const cwd = process.cwd() + '/';
  return file.startsWith(cwd) ? file.slice(cwd.length) : file;
}
