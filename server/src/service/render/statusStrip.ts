// The strip above the preview's page: how many errors and warnings, each a link to its place.
import { escapeHtml } from '../../../../common/page/escape';
import type { PageFinding } from '../../../../common/page/renderTypes';

export function renderStatusStrip(findings: readonly PageFinding[]): string {
  const listed = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const errors = listed.filter((f) => f.severity === 'error').length;
  const warnings = listed.length - errors;
  const counts =
    listed.length === 0
      ? `<span class="rs-count rs-count-ok">No errors or warnings</span>`
      : `<span class="rs-count rs-count-error">${plural(errors, 'error')}</span> <span class="rs-count rs-count-warning">${plural(warnings, 'warning')}</span>`;
  const items = listed.map(
    (f) =>
      `<li class="rs-problem rs-${f.severity}"><a href="#" data-reveal-line="${f.range.start.line}" data-reveal-character="${f.range.start.character}" data-finding="${f.index}">` +
      `<span class="rs-where">Line ${f.range.start.line + 1}</span> ${escapeHtml(f.message)}</a> <code>${escapeHtml(f.rule)}</code>${f.marked ? ' <span class="rs-marked-note">(marked on the page)</span>' : ''}</li>`,
  );
  return `<div class="rs-counts">${counts}</div>${items.length ? `<ul class="rs-problems">${items.join('')}</ul>` : ''}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
