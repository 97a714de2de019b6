// The preview's HTML document: the page (rendered by the language server), its status strip, and
// our one script. No vscode import, so the browser tests build exactly the document VS Code shows.
import { escapeHtml } from '../../../common/page/escape';
import { pageLayoutCss } from '../../../common/page/pageStyles';
import type { PreviewSettings } from '../../../common/protocol/previewMessages';

export interface ShellInput {
  /** The webview's own source for local resources (webview.cspSource). */
  cspSource: string;
  /** A fresh random nonce for this document's script and inline style. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  title: string;
  /** The page fragment; undefined when the file has never rendered (it does not parse). */
  pageHtml?: string;
  statusHtml: string;
  settings: PreviewSettings;
}

/**
 * As VS Code's Markdown preview: `default-src 'none'`, only our stylesheet and our nonce'd script
 * and style. Nothing from the network; the page has no images or fonts to load.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; font-src ${cspSource}; form-action 'none'; base-uri 'none'`;
}

export function previewShellHtml(input: ShellInput): string {
  const { settings } = input;
  const outOfDate = settings.outOfDate;
  const page =
    input.pageHtml ??
    '<article class="rs-page rs-empty"><p class="rs-missing">Nothing to show yet: the file has not been rendered.</p></article>';
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(input.cspSource, input.nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta id="rs-preview-settings" data-settings="${escapeHtml(JSON.stringify(settings))}">`,
    `<title>${escapeHtml(input.title)}</title>`,
    `<style nonce="${escapeHtml(input.nonce)}">${pageLayoutCss}</style>`,
    `<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">`,
    '</head>',
    '<body>',
    '<div id="rs-top" class="rs-top">',
    `<div id="rs-banner" class="rs-banner" role="alert"${outOfDate ? '' : ' hidden'}>${outOfDate ? bannerHtml(outOfDate) : ''}</div>`,
    `<section id="rs-status" class="rs-status" aria-label="Problems in this summary">${input.statusHtml}</section>`,
    '</div>',
    `<main id="rs-root">${page}</main>`,
    `<script nonce="${escapeHtml(input.nonce)}" src="${escapeHtml(input.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** The out-of-date banner; the webview script builds the same markup with DOM calls. */
export function bannerHtml(outOfDate: { reason: string; line: number; character: number }): string {
  return `<strong>This page is out of date:</strong> ${escapeHtml(outOfDate.reason)} <a href="#" data-reveal-line="${outOfDate.line}" data-reveal-character="${outOfDate.character}">Show where (line ${outOfDate.line + 1})</a>`;
}

/** A nonce of 32 characters from a cryptographic source (crypto.getRandomValues). */
export function createNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
