// The page as one self-contained HTML file for publishing: styles inline, no scripts, nothing
// loaded from anywhere (the CSP says so too, in case the file is opened somewhere unexpected).
import { escapeHtml } from '../../../../common/page/escape';
import { pageLayoutCss, publishingThemeCss } from '../../../../common/page/pageStyles';

export function exportDocument(title: string, pageHtml: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; form-action 'none'; base-uri 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${publishingThemeCss}${pageLayoutCss}</style>`,
    '</head>',
    '<body>',
    pageHtml,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
