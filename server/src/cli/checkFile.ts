import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver-types';
import { internalErrorRule } from '../service/check/runChecks';
import type { LanguageService } from '../service/languageService';
import { extractSummaryFacts, relocateFacts, type SummaryFacts } from '../service/library/summaryFacts';
import type { Severity } from '../service/types';

/** A finding as the CLI prints it: positions already computed, so it can cross threads as data. */
export interface ReportedFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** 0-based line and UTF-16 character, as LSP counts them. */
  range: Range;
  related?: Array<{ file: string; range: Range; message: string }>;
}

/** Everything the CLI needs of one checked file; plain data (it is posted back from a worker). */
export interface FileReport {
  file: string;
  findings: ReportedFinding[];
  /** What the library-wide checks read; absent when the file could not be read. */
  facts?: SummaryFacts<Range>;
  /** Why the file could not be read (the run then exits 2). */
  readError?: string;
}

/** Reads and checks one file with the service the editor uses, then lets the service forget it. */
export function checkSummaryFile(service: LanguageService, file: string): FileReport {
  let text: string;
  try {
    // VS Code hides a UTF-8 byte order mark from the text it checks; so does the CLI, or every
    // column on the first line would be one more than the editor shows.
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return { file, findings: [], readError: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const document = { uri: pathToFileURL(resolve(file)).toString(), version: 0, getText: () => text };
  try {
    const state = service.state(document);
    const findings = service.findings(document).map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      range: state.rangeOf(finding),
      ...(finding.related?.length ? { related: finding.related.map((r) => ({ file, range: state.rangeOf(r), message: r.message })) } : {}),
    }));
    const facts = relocateFacts(extractSummaryFacts(state.parsed), (span) => state.rangeOf(span));
    return { file, findings, facts };
  } catch (error) {
    // The service turns a failing rule into a finding; this catches a failure around the rules.
    const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return {
      file,
      findings: [
        {
          rule: internalErrorRule.id,
          severity: 'error',
          range: origin,
          message: `Checking this file failed: ${String((error as Error)?.message ?? error)}`,
        },
      ],
    };
  } finally {
    service.invalidate(document.uri);
  }
}
