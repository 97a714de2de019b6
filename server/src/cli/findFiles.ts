import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

const summaryFile = /\.review\.ya?ml$/i;
/** Never worth walking into, whatever .gitignore says. */
const alwaysSkipped = new Set(['node_modules', '.git']);

/** One .gitignore: its patterns apply to paths relative to the folder it sits in. */
interface IgnoreFile {
  base: string;
  matcher: Ignore;
}

/**
 * The summary files named, and those found under the folders named, sorted and de-duplicated.
 * Folders are walked the way git sees them: every `.gitignore` from the repository's root down
 * to each file applies, deeper files override shallower ones (so `!keep.review.yaml` works), and
 * an ignored folder is not entered. A file named on the command line is always checked.
 */
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
    if (stats.isDirectory()) {
      const folder = resolve(path);
      walk(folder, ancestorIgnoreFiles(folder), files);
    } else {
      files.push(resolve(path));
    }
  }
  return { files: [...new Set(files)].sort().map(relativeIfInside), missing };
}

function walk(dir: string, inherited: readonly IgnoreFile[], out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const own = readIgnoreFile(dir);
  const rules = own ? [...inherited, own] : inherited;
  for (const entry of entries) {
    if (alwaysSkipped.has(entry.name)) continue;
    const full = join(dir, entry.name);
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && isDirectorySafe(full));
    if (isIgnored(full, isDirectory, rules)) continue;
    if (isDirectory) {
      // A symbolic link to a folder is not followed: it could loop, and git does not follow it either.
      if (entry.isDirectory()) walk(full, rules, out);
    } else if (summaryFile.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
      out.push(full);
    }
  }
}

/** Git's precedence: the deepest .gitignore with a say decides; later patterns beat earlier ones. */
function isIgnored(path: string, isDirectory: boolean, rules: readonly IgnoreFile[]): boolean {
  let ignored = false;
  for (const { base, matcher } of rules) {
    const rel = relative(base, path).split(sep).join('/');
    if (!rel || rel === '..' || rel.startsWith('../')) continue;
    const verdict = matcher.test(isDirectory ? rel + '/' : rel);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

/**
 * The .gitignore files above a folder, from the repository root (the nearest folder holding
 * `.git`) down to the folder's parent. Outside a repository, only the folder's own count.
 */
function ancestorIgnoreFiles(folder: string): IgnoreFile[] {
  const chain: string[] = [];
  let dir = dirname(folder);
  let foundRoot = existsSync(join(folder, '.git'));
  while (!foundRoot) {
    chain.push(dir);
    if (existsSync(join(dir, '.git'))) {
      foundRoot = true;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (!foundRoot) return [];
  return chain.reverse().flatMap((d) => readIgnoreFile(d) ?? []);
}

function readIgnoreFile(dir: string): IgnoreFile | undefined {
  let content: string;
  try {
    content = readFileSync(join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return { base: dir, matcher: ignore().add(content) };
}

function isDirectorySafe(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function relativeIfInside(file: string): string {
  const rel = relative(process.cwd(), file);
  const outside = !rel || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel);
  return outside ? file : rel.split(sep).join('/');
}
