// Summary → page model → HTML, for the preview (with source map, marks and status strip) and for
// the export (a self-contained file, refused while the summary has errors that matter).
import type { CheckedFinding } from '../check/runChecks';
import type { DocumentState } from '../documentState';
import { exportDocument } from './exportDocument';
import { exportDecision, redactionRulePrefix, type ExportDecision } from './exportPolicy';
import { buildPageModel } from './pageModel';
import { renderPageHtml } from './renderHtml';
import type { AgencyResolver, PageFinding, RenderResult } from '../../../../common/page/renderTypes';
import { renderStatusStrip } from './statusStrip';

export interface RenderOptions {
  resolveAgency?: AgencyResolver;
}

/** The preview's render: the page with `data-src` keys, its source map, marks and status strip. */
export function renderPreview(state: DocumentState, findings: readonly CheckedFinding[], options: RenderOptions = {}): RenderResult {
  const result: RenderResult = { uri: state.uri, version: state.version };
  const problem = unrenderable(state);
  if (problem) return { ...result, outOfDate: problem };
  const model = buildPageModel(state.parsed, options.resolveAgency);
  const redaction = findings
    .map((finding, index) => ({ ...finding, index }))
    .filter((finding) => finding.rule.startsWith(redactionRulePrefix));
  const placed = new Set<number>();
  const { html, sourceMap } = renderPageHtml(model, {
    source: state.text,
    lineOf: (offset) => state.positionAt(offset).line,
    marked: redaction,
    sourceAttributes: true,
    placed,
  });
  const pageFindings: PageFinding[] = findings.map((finding, index) => ({
    index,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    range: state.rangeOf(finding),
    marked: placed.has(index),
  }));
  return {
    ...result,
    page: {
      html,
      statusHtml: renderStatusStrip(pageFindings),
      title: model.title?.text.trim() || 'Untitled review',
      sourceMap,
      findings: pageFindings,
      errors: pageFindings.filter((f) => f.severity === 'error').length,
      warnings: pageFindings.filter((f) => f.severity === 'warning').length,
    },
  };
}

export interface ExportResult {
  decision: ExportDecision;
  /** The self-contained HTML file, when the export is allowed. */
  html?: string;
}

/** The page for publishing: no marks, no source keys, no scripts; refused per exportDecision. */
export function renderExport(
  state: DocumentState,
  findings: readonly CheckedFinding[],
  force: boolean,
  options: RenderOptions = {},
): ExportResult {
  const decision = exportDecision(findings, force);
  if (!decision.allowed) return { decision };
  const problem = unrenderable(state);
  if (problem)
    return { decision: { allowed: false, blocking: [], redaction: false, reason: `the file cannot be rendered: ${problem.reason}` } };
  const model = buildPageModel(state.parsed, options.resolveAgency);
  const { html } = renderPageHtml(model, {
    source: state.text,
    lineOf: (offset) => state.positionAt(offset).line,
    sourceAttributes: false,
  });
  return { decision, html: exportDocument(model.title?.text.trim() || 'Review summary', html) };
}

/** Why this text cannot be rendered (it does not parse as a YAML mapping), or undefined. */
function unrenderable(state: DocumentState): RenderResult['outOfDate'] {
  const parsed = state.parsed;
  const error = parsed.errors[0];
  if (error) {
    const at = error.pos[0];
    return { reason: `the file does not parse: ${firstLine(error.message)}`, range: state.rangeOf({ start: at, end: error.pos[1] ?? at }) };
  }
  const contents = parsed.document?.contents;
  const start = { line: 0, character: 0 };
  if (!contents) return { reason: 'the file is empty.', range: { start, end: start } };
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    return {
      reason: 'the file is not a mapping of fields (title, csp, published, ...).',
      range: state.rangeOf({ start: 0, end: Math.min(state.text.length, 1) }),
    };
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}
