import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import { version } from '../../../package.json';
import { allRules } from '../service/rules/index';
import { catalogueFor } from '../service/agencies/workspaceCatalogue';
import { FolderWorkspaces } from '../workspace/folderWorkspace';
import { catalogueIdentity } from '../service/library/catalogueIdentity';
import { checkLibrary, libraryRules, type AgencyIdentity } from '../service/library/libraryChecks';
import type { WorkspaceData, WorkspaceFile } from '../service/workspace';
import type { LanguageServiceOptions } from '../service/languageService';
import type { FileReport, ReportedFinding } from './checkFile';
import { checkFiles } from './checkInParallel';
import type { CliCommand, CliIo } from './command';
import { findSummaryFiles } from './findFiles';
import { formatJson, formatText } from './formatText';
import { formatSarif } from './formatSarif';

export const exitCodes = {
  ok: 0,
  problems: 1,
  usage: 2,
} as const;

const formats = ['text', 'json', 'sarif'] as const;
type Format = (typeof formats)[number];

export interface CheckOptions {
  format: Format;
  /** More warnings than this fail the run (exit 1); undefined: warnings never fail it. */
  maxWarnings?: number;
  /** Worker threads; undefined picks from the machine's cores and the number of files. */
  jobs?: number;
  /** Further agency catalogue files, as the editor's `reviewSummaries.catalogueFiles` setting names them. */
  catalogues: string[];
  paths: string[];
}

const usage = `Usage: review-summary check [options] <files or folders...>

Checks review summaries (*.review.yaml, *.review.yml) with the same rules as the editor, then
checks the library as a whole: two summaries of the same review (same CSP, publication month and
source address), and an agency written in different ways across files. Folders are searched
recursively; files and folders that .gitignore excludes are skipped (node_modules and .git
always). Files are checked in parallel on the machine's cores (${availableParallelism()} here); the
output is always in file order.

Options:
  --format text|json|sarif   text (default): file:line:column severity rule message
                             json: [{file, range, severity, code, message, related?}], 0-based ranges
                             sarif: SARIF 2.1.0, for CI systems to show findings on the files
  --max-warnings N           fail (exit 1) when there are more than N warnings
  --jobs N                   check on N threads (1: in this thread); default: one per core
                             for large libraries
  --catalogue FILE           a further agency catalogue for every summary, read before the
                             review-summaries.agencies.yaml files (as the editor's
                             reviewSummaries.catalogueFiles setting); may be given again
  -h, --help                 this text

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  at least one error, or more warnings than --max-warnings
  2  bad usage, a path that does not exist, or a file that cannot be read
  3  the tool itself failed (a bug: please report it)
`;

export const checkCommand: CliCommand = {
  summary: 'check summaries and whole libraries (text, JSON or SARIF output)',
  usage,
  run: (args, io) => runCheckCommand(args, io),
};

export function parseCheckArgs(args: readonly string[]): CheckOptions | { error: string } | 'help' {
  const options: CheckOptions = { format: 'text', catalogues: [], paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '-h' || flag === '--help') return 'help';
    if (flag === '--format') {
      const format = value();
      if (!formats.includes(format as Format)) return { error: `--format takes ${formats.join(', ')}, not "${format ?? ''}"` };
      options.format = format as Format;
    } else if (flag === '--max-warnings') {
      const raw = value();
      const n = Number(raw);
      if (!raw || !Number.isInteger(n) || n < 0) return { error: `--max-warnings takes a whole number of 0 or more, not "${raw ?? ''}"` };
      options.maxWarnings = n;
    } else if (flag === '--jobs' || flag === '-j') {
      const raw = value();
      const n = Number(raw);
      if (!raw || !Number.isInteger(n) || n < 1) return { error: `--jobs takes a whole number of 1 or more, not "${raw ?? ''}"` };
      options.jobs = n;
    } else if (flag === '--catalogue') {
      const file = value();
      if (!file) return { error: '--catalogue takes the path of an agency catalogue file' };
      options.catalogues.push(file);
    } else if (flag === '--') {
      options.paths.push(...args.slice(i + 1));
      break;
    } else if (flag.startsWith('-')) {
      return { error: `unknown option "${arg}"` };
    } else {
      options.paths.push(arg);
    }
  }
  if (options.paths.length === 0) return { error: 'name at least one file or folder' };
  return options;
}

async function runCheckCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCheckArgs(args);
  if (parsed === 'help') {
    io.out(usage);
    return exitCodes.ok;
  }
  if ('error' in parsed) {
    io.err(`review-summary check: ${parsed.error}\n\n${usage}`);
    return exitCodes.usage;
  }
  const absent = parsed.catalogues.filter((file) => !isFile(resolve(io.cwd, file)));
  if (absent.length > 0) {
    for (const file of absent) io.err(`review-summary: ${file}: no such agency catalogue file\n`);
    return exitCodes.usage;
  }
  // Each summary gets the catalogues and redaction lists of its folder and those above it, as in the editor.
  const workspaces = new FolderWorkspaces({ warn: (problem) => io.err(`review-summary: ${problem}\n`) });
  workspaces.setListedCatalogues(parsed.catalogues.map((file) => resolve(io.cwd, file)));
  return runCheck(parsed, io, { workerScript: __filename, serviceOptions: {}, workspaces });
}

/** Finds, checks (in parallel), cross-checks and prints; returns the exit code. */
export async function runCheck(
  options: CheckOptions,
  io: CliIo,
  run: { workerScript: string; serviceOptions: LanguageServiceOptions; workspaces?: FolderWorkspaces },
): Promise<number> {
  const { files, missing } = findSummaryFiles(options.paths);
  for (const path of missing) io.err(`review-summary: ${path}: no such file or folder\n`);
  if (files.length === 0 && missing.length === 0) io.err('review-summary: no *.review.yaml files found\n');
  // Each folder's files are read once, here, and handed to every thread with the folder table.
  const workspaceByFolder = run.workspaces ? workspacesOf(files, run.workspaces) : undefined;
  const reports = await checkFiles(files, {
    jobs: options.jobs,
    serviceOptions: run.serviceOptions,
    workspaceByFolder,
    workerScript: run.workerScript,
  });
  for (const report of reports) if (report.readError) io.err(`review-summary: ${report.file}: cannot read (${report.readError})\n`);
  addLibraryFindings(
    reports,
    catalogueIdentity(
      catalogueFor({ agencyCatalogues: libraryCatalogues(run.serviceOptions.workspace?.agencyCatalogues, workspaceByFolder) }),
    ),
  );

  if (options.format === 'json') io.out(formatJson(reports));
  else if (options.format === 'sarif')
    io.out(formatSarif(reports, { name: 'review-summary', version, rules: [...allRules(), ...libraryRules] }, io.cwd));
  else io.out(formatText(reports));

  if (missing.length > 0 || reports.some((r) => r.readError)) return exitCodes.usage;
  const all = reports.flatMap((r) => r.findings);
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (all.some((f) => f.severity === 'error')) return exitCodes.problems;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.err(`review-summary: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return exitCodes.problems;
  }
  return exitCodes.ok;
}

/** The workspace data of each folder that holds one of the files. */
function workspacesOf(files: readonly string[], workspaces: FolderWorkspaces): Record<string, WorkspaceData> {
  const byFolder: Record<string, WorkspaceData> = {};
  for (const file of files) byFolder[dirname(resolve(file))] ??= workspaces.forFile(file);
  return byFolder;
}

/**
 * Whether two spellings in different files are one agency is asked of every catalogue the
 * library's summaries use, together (each file's own checks use only its own).
 */
function libraryCatalogues(shared: readonly WorkspaceFile[] = [], byFolder: Record<string, WorkspaceData> = {}): WorkspaceFile[] {
  const files = new Map<string, WorkspaceFile>(shared.map((file) => [file.uri, file]));
  for (const data of Object.values(byFolder)) for (const file of data.agencyCatalogues) if (!files.has(file.uri)) files.set(file.uri, file);
  return [...files.values()];
}

/** Runs the cross-file checks and files each finding under its file, in position order. */
function addLibraryFindings(reports: FileReport[], agencyIdentity: AgencyIdentity): void {
  const members = reports.flatMap((report) => (report.facts ? [{ file: report.file, facts: report.facts }] : []));
  const byFile = new Map(reports.map((report) => [report.file, report]));
  for (const finding of checkLibrary<Range>(members, agencyIdentity)) {
    const reported: ReportedFinding = {
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      range: finding.at,
      related: finding.related.map((r) => ({ file: r.file, range: r.at, message: r.message })),
    };
    byFile.get(finding.file)?.findings.push(reported);
  }
  for (const report of reports) report.findings.sort(byPosition);
}

function byPosition(a: ReportedFinding, b: ReportedFinding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
