import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService, type LanguageService } from '../../../server/src/service/languageService';
import type { Checker } from '../../../server/src/service/rules/ruleTypes';
import { escapeHtml, safeHttpsUrl } from '../../../common/page/escape';
import { displayMonth } from '../../../server/src/service/render/pageModel';
import { statutoryLines } from '../../../server/src/service/render/statutory';
import { rowsOf, textOf } from '../../support/pageText';
import { recommendationsYaml, summaryText } from '../../support/summaryText';

let version = 0;
const doc = (text: string) => ({ uri: `file:///t${++version}.review.yaml`, version, getText: () => text });
const render = (text: string, service: LanguageService = createLanguageService()) => service.render(doc(text));

test('recommendations are shown in numeric order whatever the file order, counted', () => {
  const page = render(summaryText({ recommendations: recommendationsYaml(12, [1, 10, 11, 12, 2, 3, 4, 5, 6, 7, 8, 9]) })).page!;
  assert.deepEqual(
    rowsOf(page.html).map((r) => r.number),
    Array.from({ length: 12 }, (_, i) => String(i + 1)),
  );
  assert.match(textOf(page.html), /Extracted: 12 recs/);
});

test('one recommendation is "1 rec"', () => {
  assert.match(textOf(render(summaryText({ recommendations: recommendationsYaml(1) })).page!.html), /Extracted: 1 rec\b/);
});

test('the statutory line follows the review type', () => {
  const dhr = textOf(render(summaryText()).page!.html);
  assert.ok(dhr.includes(statutoryLines.DHR));
  assert.ok(dhr.includes('Source · Domestic Homicide Review'));
  const header = [
    'csp: Anytown',
    'published: 2025-01',
    'yearOfDeath: 2024',
    'reviewType: DARDR',
    'source:',
    '  url: https://example.org/r',
  ].join('\n');
  const dardr = textOf(render(summaryText({ header })).page!.html);
  assert.ok(dardr.includes(statutoryLines.DARDR));
  assert.ok(dardr.includes('Victims and Prisoners Act 2024'));
  assert.ok(dardr.includes('Source · Domestic Abuse Related Death Review'));
  assert.ok(dardr.includes('View full report ↗') && !dardr.includes('(PDF)'), 'no "(PDF)" for a link that is not a PDF');
});

test('months read as words; anything else as written', () => {
  assert.equal(displayMonth('2023-08'), 'August 2023');
  assert.equal(displayMonth('2023-13'), '2023-13');
  assert.match(textOf(render(summaryText()).page!.html), /Published: March 2024 Year of death: 2021/);
});

test('the redaction block is never rendered', () => {
  const text = summaryText({
    tail: 'redaction:\n  names:\n    - Zebedee Quarrington\n    - sha256:0123456789abcdef\n  allow:\n    - Grace Road Surgery\n',
  });
  const page = render(text).page!;
  assert.doesNotMatch(page.html, /Zebedee|Quarrington|sha256|Grace Road/);
  assert.ok(!page.sourceMap.some((e) => e.key.includes('redaction')));
});

test('folded paragraphs become <p> elements; literal blocks split at blank lines', () => {
  const folded = summaryText({ summary: '>-\n  First paragraph, folded\n  over two lines.\n\n  Second paragraph.' });
  const paragraphs = [...render(folded).page!.html.matchAll(/<section class="rs-summary"[\s\S]*?<\/section>/g)][0][0].match(
    /<p>[\s\S]*?<\/p>/g,
  )!;
  assert.deepEqual(paragraphs.map(textOf), ['First paragraph, folded over two lines.', 'Second paragraph.']);
  const literal = summaryText({ summary: '|\n  One line\n  and its next line.\n\n  Another.' });
  const literalParagraphs = /<section class="rs-summary"[\s\S]*?<\/section>/
    .exec(render(literal).page!.html)![0]
    .match(/<p>[\s\S]*?<\/p>/g)!;
  assert.deepEqual(literalParagraphs.map(textOf), ['One line and its next line.', 'Another.']);
});

test('hostile text is escaped everywhere and never becomes markup or a link', () => {
  const hostile = `"<script>alert(1)</script> <img src=x onerror=alert(2)> </td></tr><td> | pipe"`;
  const text = summaryText({
    title: hostile,
    summary: hostile,
    recommendations: `  - number: 1\n    text: ${hostile}\n    parts:\n      - label: a\n        text: ${hostile}\n    addressedTo:\n      - ${hostile}\n      - "A | B"`,
  });
  const page = render(text).page!;
  assert.doesNotMatch(page.html, /<script|<img|<\/td><\/tr><td>|<[^>]*\sonerror=/);
  assert.match(page.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  const [row] = rowsOf(page.html);
  assert.equal((row.html.match(/<td\b/g) ?? []).length, 3);
  assert.deepEqual(row.agencies.length, 2, 'a "|" inside a name stays inside its list item');
  assert.equal(row.agencies[1], 'A | B');
});

test('only https links are links; javascript:, data: and http: are not', () => {
  for (const url of [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.org/r.pdf',
    '//example.org/x',
    'https://user:pw@example.org/',
    'JaVaScRiPt:alert(1)',
  ]) {
    const header = ['csp: Anytown', 'published: 2024-03', 'yearOfDeath: 2021', 'source:', `  url: ${JSON.stringify(url)}`].join('\n');
    const page = render(summaryText({ header })).page!;
    assert.doesNotMatch(page.html, /href=/, url);
    assert.match(page.html, /no https link to the report/, url);
  }
  assert.equal(safeHttpsUrl('https://example.org/a b'), undefined);
  assert.equal(safeHttpsUrl('https://example.org/r.pdf?x="y"'), 'https://example.org/r.pdf?x=%22y%22');
  const page = render(summaryText()).page!;
  assert.match(
    page.html,
    /<a class="rs-external" href="https:\/\/example.org\/anytown-report.pdf" target="_blank" rel="noopener noreferrer external">View full report \(PDF\)/,
  );
});

test('escapeHtml escapes the five characters that matter', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('missing and mistyped fields render as placeholders, never throw', () => {
  for (const text of [
    'title: Only a title\n',
    'recommendations: 7\nsummary: [1, 2]\n',
    'recommendations:\n  - 3\n  - number: two\n    addressedTo: Just one string\n',
    'title: {a: 1}\n',
  ]) {
    const result = render(text);
    assert.ok(result.page, text);
    assert.match(result.page.html, /<article class="rs-page"/);
    assert.ok(result.page.errors > 0, 'the schema errors are counted');
  }
});

test('a file that does not parse has no page, and says why and where', () => {
  const result = render('title: "unclosed\nsummary: x\n');
  assert.equal(result.page, undefined);
  assert.match(result.outOfDate!.reason, /does not parse/);
  assert.equal(render('- a list\n- not a mapping\n').outOfDate?.reason.includes('not a mapping'), true);
  assert.match(render('').outOfDate!.reason, /empty/);
});

test('agencies show their canonical name and abbreviation when a catalogue resolves them', () => {
  const service = createLanguageService({
    resolveAgency: (written) =>
      written === 'ACSP' || written === 'Anytown Community Safety Partnership'
        ? { name: 'Anytown Community Safety Partnership', abbreviation: 'ACSP' }
        : undefined,
  });
  const text = summaryText({ recommendations: '  - number: 1\n    text: Act.\n    addressedTo:\n      - ACSP\n      - Someone Unknown' });
  const [row] = rowsOf(render(text, service).page!.html);
  assert.deepEqual(row.agencies, ['Anytown Community Safety Partnership (ACSP)', 'Someone Unknown']);
});

// A stand-in redaction checker: flags every "Zebedee" as the real rules (another module) would.
const fakeRedaction: Checker = {
  rules: [{ id: 'redaction/test-name', defaultSeverity: 'error', description: 'test' }],
  check: ({ parsed }) =>
    [...parsed.text.matchAll(/Zebedee/g)]
      .filter((m) => !parsed.text.slice(0, m.index).includes('redaction:'))
      .map((m) => ({ rule: 'redaction/test-name', start: m.index!, end: m.index! + 7, message: 'A declared name: "Zebedee"' })),
};

test('redaction findings are marked where they occur in the rendered text', () => {
  const service = createLanguageService({ checkers: [fakeRedaction] });
  const text = summaryText({
    summary: '>-\n  The victim spoke to Zebedee about the\n  risk, and Zebedee\n  told nobody.',
    recommendations: '  - number: 1\n    text: "Ask Zebedee\\u0021"\n    addressedTo:\n      - Anytown CSP',
    tail: 'redaction:\n  names: [Zebedee]\n',
  });
  const page = render(text, service).page!;
  const marks = [...page.html.matchAll(/<mark class="rs-finding rs-error" data-finding="(\d+)" title="([^"]*)">([^<]*)<\/mark>/g)];
  assert.deepEqual(
    marks.map((m) => m[3]),
    ['Zebedee', 'Zebedee', 'Zebedee'],
  );
  assert.deepEqual(
    marks.map((m) => Number(m[1])),
    [0, 1, 2],
  );
  assert.match(marks[0][2], /A declared name: &quot;Zebedee&quot;/);
  assert.ok(page.findings.every((f) => f.marked));
  assert.match(page.statusHtml, /1 error|3 errors/);
  assert.match(page.statusHtml, /data-reveal-line="\d+" data-reveal-character="\d+"/);
});

test('the status strip counts errors and warnings and links each to its line', () => {
  const page = render('title: Only a title\n').page!;
  assert.match(page.statusHtml, new RegExp(`${page.errors} errors?`));
  const links = [...page.statusHtml.matchAll(/<a href="#" data-reveal-line="(\d+)"/g)];
  assert.equal(links.length, page.errors + page.warnings);
});

test('export: a self-contained file without scripts or source keys; refused on errors, never with a redaction error', () => {
  const service = createLanguageService({ checkers: [fakeRedaction] });
  const ok = createLanguageService().exportPage(doc(summaryText()));
  assert.ok(ok.decision.allowed && ok.html);
  assert.match(ok.html!, /^<!DOCTYPE html>/);
  assert.match(ok.html!, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);
  assert.doesNotMatch(ok.html!, /<script|data-src|<link|@import|url\(/);

  const broken = createLanguageService().exportPage(doc('title: Only a title\n'));
  assert.equal(broken.decision.allowed, false);
  assert.match(broken.decision.reason!, /--force/);
  const forced = createLanguageService().exportPage(doc('title: Only a title\n'), { force: true });
  assert.ok(forced.decision.allowed && forced.html);

  const named = summaryText({ summary: 'Zebedee was known to services.' });
  for (const force of [false, true]) {
    const refused = service.exportPage(doc(named), { force });
    assert.equal(refused.decision.allowed, false);
    assert.equal(refused.decision.redaction, true);
    assert.equal(refused.html, undefined);
    assert.match(refused.decision.reason!, /redaction/);
  }
});

test('a CRLF file renders the same page, with the same source lines', () => {
  const lf = summaryText({ summary: '>-\n  One paragraph\n  folded.\n\n  Two.', recommendations: recommendationsYaml(4) });
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = render(lf).page!;
  const b = render(crlf).page!;
  assert.equal(b.html, a.html);
  assert.deepEqual(
    b.sourceMap.map((e) => [e.key, e.startLine, e.endLine]),
    a.sourceMap.map((e) => [e.key, e.startLine, e.endLine]),
  );
});
