import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { ReviewSummaryService } from '../service/languageService';
import type { CheckedFinding } from '../service/check/runChecks';
import { findSummaryFiles } from './findFiles';

export interface FileReport {
  file: string;
  findings: CheckedFinding[];
  /** line/character (0-based, UTF-16) of each finding's start and end, as LSP counts them. */
  ranges: Array<{ start: { line: number; character: number }; end: { line: number; character: number } }>;
}

export interface CheckOptions {
  format: 'text' | 'json';
}

/** Checks files with the same service the editor uses; returns the process exit code. */
export function runCheck(service: ReviewSummaryService, paths: string[], options: CheckOptions, write: (s: string) => void, writeError: (s: string) => void): number {
  const { files, missing } = findSummaryFiles(paths);
  for (const path of missing) writeError(`review-summary: ${path}: no such file or folder\n`);
  const reports: FileReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      writeError(`review-summary: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
      missing.push(file);
      continue;
    }
    const document = { uri: pathToFileURL(resolve(file)).toString(), version: 0, getText: () => text };
    const state = service.state(document);
    const findings = service.findings(document);
    reports.push({ file, findings, ranges: findings.map((f) => ({ start: state.positionAt(f.start), end: state.positionAt(f.end) })) });
    service.invalidate(document.uri);
  }
  if (options.format === 'json') {
    const rows = reports.flatMap((report) =>
      report.findings.map((finding, i) => ({ file: report.file, range: report.ranges[i], severity: finding.severity, code: finding.rule, message: finding.message })),
    );
    write(JSON.stringify(rows, null, 2) + '\n');
  } else {
    for (const report of reports) {
      report.findings.forEach((finding, i) => {
        const { start } = report.ranges[i];
        write(`${report.file}:${start.line + 1}:${start.character + 1} ${finding.severity} ${finding.rule} ${finding.message}\n`);
      });
    }
    if (files.length === 0 && missing.length === 0) writeError('review-summary: no *.review.yaml files found\n');
  }
  const hasError = reports.some((r) => r.findings.some((f) => f.severity === 'error'));
  if (missing.length > 0) return 2;
  return hasError ? 1 : 0;
}
