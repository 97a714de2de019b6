// Loads the exported page and the preview's webview document in headless Chromium, as VS Code would
// show them: served from one fake https origin (so the CSP is the real one), everything else blocked
// and recorded, and a stub of the webview API (acquireVsCodeApi) that records what the page posts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FromWebview, PreviewSettings, ToWebview } from '../../common/protocol/previewMessages';
import { previewShellHtml } from '../../client/src/preview/previewShell';
import type { RenderResult } from '../../common/page/renderTypes';
import { repoRoot, requireFromRepo } from './paths';
import { bodyClass, themeCss, type ThemeKind } from './vscodeTheme';

export const origin = 'https://preview.test';

let webviewScript: string | undefined;

/** The webview bundle, built in memory exactly as scripts/build.mjs builds media/preview.js. */
export async function webviewScriptSource(): Promise<string> {
  if (webviewScript) return webviewScript;
  const { build } = requireFromRepo('esbuild') as typeof import('esbuild');
  const result = await build({
    entryPoints: [join(repoRoot, 'client/src/preview/webview/main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  });
  webviewScript = result.outputFiles[0].text;
  return webviewScript;
}

/** The preview document for a render, with the theme's VS Code variables as VS Code would provide. */
export function previewDocument(result: RenderResult, options: { theme?: ThemeKind; line?: number; nonce?: string } = {}): string {
  const page = result.page;
  const settings: PreviewSettings = {
    resource: result.uri,
    locked: false,
    line: options.line,
    version: result.version,
    sourceMap: page?.sourceMap ?? [],
    outOfDate: result.outOfDate
      ? { reason: result.outOfDate.reason, line: result.outOfDate.range.start.line, character: result.outOfDate.range.start.character }
      : undefined,
  };
  const html = previewShellHtml({
    cspSource: origin,
    nonce: options.nonce ?? 'TestNonce0123456789abcdefghijklmn',
    scriptUri: `${origin}/media/preview.js`,
    styleUri: `${origin}/media/preview.css`,
    title: page?.title ?? 'Preview',
    pageHtml: page?.html,
    statusHtml: page?.statusHtml ?? '',
    settings,
  });
  const theme = options.theme ?? 'light';
  return html
    .replace('</head>', `<link rel="stylesheet" href="${origin}/theme/${theme}.css">\n</head>`)
    .replace('<body>', `<body class="${bodyClass[theme]}">`);
}

export function updateMessage(result: RenderResult): ToWebview {
  const page = result.page!;
  return {
    type: 'update',
    version: result.version,
    html: page.html,
    statusHtml: page.statusHtml,
    sourceMap: page.sourceMap,
    title: page.title,
  };
}

export interface LoadedPage {
  page: Page;
  context: BrowserContext;
  /** Requests to anywhere but our own documents (all blocked): must stay empty. */
  blockedRequests: string[];
  /** Uncaught errors and console errors on the page. */
  errors: string[];
  dialogs: string[];
  posted(): Promise<FromWebview[]>;
  violations(): Promise<string[]>;
  send(message: ToWebview): Promise<void>;
  close(): Promise<void>;
}

export async function loadPage(
  browser: Browser,
  html: string,
  options: { viewport?: { width: number; height: number }; stubVsCode?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<LoadedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1000, height: 700 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: true,
  });
  const page = await context.newPage();
  const blockedRequests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  const script = await webviewScriptSource();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    const respond = (body: string, contentType: string) => route.fulfill({ status: 200, contentType, body });
    if (url === `${origin}/index.html`) return respond(html, 'text/html; charset=utf-8');
    if (url === `${origin}/media/preview.js`) return respond(script, 'text/javascript');
    if (url === `${origin}/media/preview.css`) return respond(readFileSync(join(repoRoot, 'media', 'preview.css'), 'utf8'), 'text/css');
    const theme = /^https:\/\/preview\.test\/theme\/(light|dark|high-contrast)\.css$/.exec(url);
    if (theme) return respond(themeCss(theme[1] as ThemeKind), 'text/css');
    blockedRequests.push(url);
    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript((stub: boolean) => {
    const w = window as unknown as Record<string, unknown>;
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (w.__violations as string[]).push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    if (!stub) return;
    w.__posted = [];
    w.__state = undefined;
    w.acquireVsCodeApi = () => ({
      postMessage: (message: unknown) => (w.__posted as unknown[]).push(message),
      setState: (state: unknown) => (w.__state = state),
      getState: () => w.__state,
    });
  }, options.stubVsCode ?? false);
  await page.goto(`${origin}/index.html`);
  await page.waitForLoadState('load');
  return {
    page,
    context,
    blockedRequests,
    errors,
    dialogs,
    posted: () => page.evaluate(() => ((window as unknown as { __posted?: FromWebview[] }).__posted ?? []).slice()),
    violations: () => page.evaluate(() => ((window as unknown as { __violations?: string[] }).__violations ?? []).slice()),
    send: (message) => page.evaluate((m) => window.postMessage(m, '*'), message),
    close: () => context.close(),
  };
}
