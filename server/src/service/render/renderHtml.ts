// The page model as an HTML fragment. Every text goes through escapeHtml; the only link is the
// report's, and only when it is https. Elements carry `data-src` keys that the source map resolves
// to offsets and lines (scroll sync, double-click to reveal); the export leaves them out.
import { escapeHtml, safeHttpsUrl } from '../../../../common/page/escape';
import type { PageModel, RecommendationModel, SourcedText } from './pageModel';
import type { SourceMapEntry } from '../../../../common/page/renderTypes';
import { aboutThisPage, reviewTypeNames, statutoryLines } from './statutory';
import { marksIn, type MarkableFinding, type TextMark } from './textMarks';
import type { Span } from '../types';

export interface PageHtmlOptions {
  /** The YAML source the model came from (to place marks). */
  source: string;
  /** 0-based line of an offset. */
  lineOf: (offset: number) => number;
  /** Findings to mark in the text where they occur (the preview marks redaction findings). */
  marked?: readonly MarkableFinding[];
  /** Emit `data-src` keys and build the source map (the preview); the export leaves them out. */
  sourceAttributes: boolean;
  /** Filled with the index of every finding that got a mark. */
  placed?: Set<number>;
}

export interface PageHtml {
  html: string;
  sourceMap: SourceMapEntry[];
}

export function renderPageHtml(model: PageModel, options: PageHtmlOptions): PageHtml {
  const sourceMap: SourceMapEntry[] = [];
  const src = (key: string, span: Span | undefined, block = false): string => {
    if (!options.sourceAttributes || !span) return '';
    sourceMap.push({
      key,
      start: span.start,
      end: span.end,
      startLine: options.lineOf(span.start),
      endLine: options.lineOf(Math.max(span.start, span.end - 1)),
      block,
    });
    return ` data-src="${escapeHtml(key)}"`;
  };
  const text = (value: SourcedText | undefined, fallback: string): string =>
    value ? markedText(value, options, 0, value.text.length) : `<span class="rs-missing">${escapeHtml(fallback)}</span>`;

  const publisher = model.source.publisher.text.trim() || 'Home Office DHR Library';
  const url = safeHttpsUrl(model.source.url);
  const isPdf = url !== undefined && /\.pdf$/i.test(new URL(url).pathname);
  const reportLink = (label: string): string =>
    url
      ? `<a class="rs-external" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer external">${escapeHtml(label)} <span aria-hidden="true">↗</span></a>`
      : `<span class="rs-missing">${escapeHtml(label)} (no https link to the report)</span>`;
  const count = model.recommendations.length;

  const html = [
    `<article class="rs-page" lang="en-GB">`,
    `<aside class="rs-about"><strong>About this page.</strong> ${escapeHtml(aboutThisPage(model.reviewType, publisher))}</aside>`,
    `<header class="rs-header">`,
    `<p class="rs-kicker">Source · ${escapeHtml(reviewTypeNames[model.reviewType])}</p>`,
    `<h1 class="rs-title"${src('title', model.title?.span, true)}>${text(model.title, 'Untitled review')}</h1>`,
    `<ul class="rs-facts">`,
    `<li${src('csp', model.csp?.span, true)}><span class="rs-label">CSP:</span> ${text(model.csp, 'not given')}</li>`,
    `<li${src('published', model.published?.span, true)}><span class="rs-label">Published:</span> ${model.published ? escapeHtml(model.published.text) : text(undefined, 'not given')}</li>`,
    `<li${src('yearOfDeath', model.yearOfDeath?.span, true)}><span class="rs-label">Year of death:</span> ${text(model.yearOfDeath, 'not given')}</li>`,
    `<li${src('count', model.recommendationsSpan)}><span class="rs-label">Extracted:</span> ${count} ${count === 1 ? 'rec' : 'recs'}</li>`,
    `</ul>`,
    `<p class="rs-statutory"${src('reviewType', model.reviewTypeSpan)}>${escapeHtml(statutoryLines[model.reviewType])} Source: ${escapeHtml(publisher)}.</p>`,
    `<p class="rs-report"${src('source', model.source.span, true)}>${reportLink(isPdf ? 'View full report (PDF)' : 'View full report')}</p>`,
    `<p class="rs-publisher">Source: ${text(model.source.publisher, publisher)}</p>`,
    `</header>`,
    `<section class="rs-summary"${src('summary', model.summary?.span, true)}>`,
    `<h2>Summary</h2>`,
    model.summary ? paragraphs(model.summary, options) : `<p>${text(undefined, 'No summary given.')}</p>`,
    `</section>`,
    `<section class="rs-recommendations">`,
    `<h2>Extracted recommendations</h2>`,
    `<table class="rs-table">`,
    `<thead><tr><th scope="col" class="rs-num">#</th><th scope="col">Recommendation</th><th scope="col">Addressed to</th></tr></thead>`,
    `<tbody>`,
    ...model.recommendations.map((rec, i) => recommendationRow(rec, i, src, options)),
    `</tbody>`,
    `<tfoot><tr><td colspan="3">Recommendations extracted from the published report. Source: ${escapeHtml(publisher)}. ${reportLink('View full report')}</td></tr></tfoot>`,
    `</table>`,
    `</section>`,
    `</article>`,
  ].join('\n');
  return { html, sourceMap };
}

function recommendationRow(
  rec: RecommendationModel,
  i: number,
  src: (key: string, span: Span | undefined, block?: boolean) => string,
  options: PageHtmlOptions,
): string {
  const key = `rec-${i}`;
  const text = rec.text ? markedText(rec.text, options, 0, rec.text.text.length) : '<span class="rs-missing">No text given.</span>';
  const parts = rec.parts.length
    ? `<ol class="rs-parts">${rec.parts
        .map(
          (part, p) =>
            `<li${src(`${key}-part-${p}`, part.span)}><span class="rs-part-label">(${escapeHtml(part.label || '?')})</span> ${part.text ? markedText(part.text, options, 0, part.text.text.length) : ''}</li>`,
        )
        .join('')}</ol>`
    : '';
  const agencies = rec.agencies.length
    ? `<ul class="rs-agencies">${rec.agencies
        .map((agency, a) => {
          const { name, abbreviation } = agency.display;
          const shown =
            name === agency.written.text.trim() ? markedText(agency.written, options, 0, agency.written.text.length) : escapeHtml(name);
          const abbr = abbreviation ? ` <abbr>(${escapeHtml(abbreviation)})</abbr>` : '';
          return `<li${src(`${key}-agency-${a}`, agency.written.span)}>${shown}${abbr}</li>`;
        })
        .join('')}</ul>`
    : '<span class="rs-missing">No agency given.</span>';
  const id = rec.number !== undefined ? ` id="rec-${rec.number}"` : '';
  return `<tr${id}${src(key, rec.span, true)}><td class="rs-num">${escapeHtml(rec.numberText || '?')}</td><td class="rs-text"><p>${text}</p>${parts}</td><td class="rs-to">${agencies}</td></tr>`;
}

/** Folded and plain scalars separate paragraphs by line breaks; literal ones by blank lines. */
function paragraphs(value: SourcedText, options: PageHtmlOptions): string {
  const separator = value.literal ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const out: string[] = [];
  let from = 0;
  for (const match of [...value.text.matchAll(separator), { index: value.text.length, 0: '' }]) {
    const to = match.index ?? value.text.length;
    if (value.text.slice(from, to).trim()) out.push(`<p>${markedText(value, options, from, to)}</p>`);
    from = to + match[0].length;
  }
  return out.join('\n') || `<p><span class="rs-missing">No summary given.</span></p>`;
}

/** Escaped text of value[from, to), with the findings that fall in it wrapped in <mark>. */
function markedText(value: SourcedText, options: PageHtmlOptions, from: number, to: number): string {
  const marks: TextMark[] = options.marked?.length ? marksIn(value, options.source, options.marked) : [];
  let out = '';
  let at = from;
  for (const mark of marks) {
    // A finding inside text already marked (two rules on one name) is marked by that same mark.
    if (mark.from < to && mark.to > from) options.placed?.add(mark.findingIndex);
    const start = Math.max(mark.from, at);
    const end = Math.min(mark.to, to);
    if (end <= start) continue;
    out += escapeHtml(value.text.slice(at, start));
    out += `<mark class="rs-finding rs-${escapeHtml(mark.severity)}" data-finding="${mark.findingIndex}" title="${escapeHtml(mark.title)}">${escapeHtml(value.text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(value.text.slice(at, to));
}
