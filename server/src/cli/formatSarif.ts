import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { Range } from 'vscode-languageserver-types';
import type { RuleMeta } from '../service/rules/ruleTypes';
import type { Severity } from '../service/types';
import type { FileReport } from './checkFile';

const srcRoot = '%SRCROOT%';
const levels: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface SarifTool {
  name: string;
  version: string;
  informationUri?: string;
  rules: readonly RuleMeta[];
}

/**
 * SARIF 2.1.0, the format CI systems (GitHub code scanning, Azure DevOps, GitLab) read to show
 * findings on the file. Paths relative to the working folder are given against %SRCROOT%, lines
 * and columns are 1-based in UTF-16 code units (as the run declares), and each result names its
 * rule both by id and by index into the driver's rules.
 */
export function formatSarif(reports: readonly FileReport[], tool: SarifTool, cwd: string): string {
  const ruleIndex = new Map(tool.rules.map((rule, index) => [rule.id, index]));
  const rules: ReportingDescriptor[] = tool.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    defaultConfiguration: { level: levels[rule.defaultSeverity] },
    ...(tool.informationUri ? { helpUri: `${tool.informationUri}#checks` } : {}),
  }));
  const results: Result[] = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      ruleId: finding.rule,
      ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
      level: levels[finding.severity],
      message: { text: finding.message },
      locations: [location(report.file, finding.range)],
      ...(finding.related?.length
        ? {
            relatedLocations: finding.related.map((related, id) => ({
              id,
              ...location(related.file, related.range),
              message: { text: related.message },
            })),
          }
        : {}),
    })),
  );
  const unreadable = reports.filter((r) => r.readError);
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules,
          },
        },
        originalUriBaseIds: { [srcRoot]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((report) => ({
              level: 'error' as const,
              message: { text: `Cannot read ${report.file} (${report.readError})` },
              locations: [{ physicalLocation: { artifactLocation: artifact(report.file) } }],
            })),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function location(file: string, range: Range): Location {
  return {
    physicalLocation: {
      artifactLocation: artifact(file),
      region: {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        // SARIF's endColumn is the column just after the region, as LSP's end character is.
        endColumn: range.end.character + 1,
      },
    },
  };
}

function artifact(file: string): ArtifactLocation {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: srcRoot };
}
