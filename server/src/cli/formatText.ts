import type { FileReport, ReportedFinding } from './checkFile';

/**
 * `file:line:column severity rule message`, one finding a line (1-based, as editors and grep
 * expect), the other places of a finding indented below it, and a count at the end.
 */
export function formatText(reports: readonly FileReport[]): string {
  let out = '';
  for (const report of reports) {
    for (const finding of report.findings) {
      out += `${place(report.file, finding.range)} ${finding.severity} ${finding.rule} ${finding.message}\n`;
      for (const related of finding.related ?? []) out += `    ${place(related.file, related.range)} ${related.message}\n`;
    }
  }
  return out + countLine(reports);
}

function place(file: string, range: ReportedFinding['range']): string {
  return `${file}:${range.start.line + 1}:${range.start.character + 1}`;
}

function countLine(reports: readonly FileReport[]): string {
  const checked = reports.filter((r) => !r.readError).length;
  const all = reports.flatMap((r) => r.findings);
  if (checked === 0) return '';
  const files = `${checked} file${checked === 1 ? '' : 's'} checked`;
  if (all.length === 0) return `${files}: no problems\n`;
  const count = (severity: ReportedFinding['severity']): number => all.filter((f) => f.severity === severity).length;
  const parts = [`${count('error')} error(s)`, `${count('warning')} warning(s)`];
  const other = all.length - count('error') - count('warning');
  if (other > 0) parts.push(`${other} other`);
  const withProblems = reports.filter((r) => r.findings.length > 0).length;
  return `${files}: ${parts.join(', ')} in ${withProblems} file${withProblems === 1 ? '' : 's'}\n`;
}

/** The documented JSON array: one row per finding, 0-based LSP ranges; `related` only when there are other places. */
export function formatJson(reports: readonly FileReport[]): string {
  const rows = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      file: report.file,
      range: finding.range,
      severity: finding.severity,
      code: finding.rule,
      message: finding.message,
      ...(finding.related?.length ? { related: finding.related } : {}),
    })),
  );
  return JSON.stringify(rows, null, 2) + '\n';
}
