// The page's layout, shared by the export (inlined, with the light publishing colours) and the
// preview (which maps the same custom properties to VS Code's theme variables in media/preview.css).

/** Layout only; colours and fonts come from the --rs-* custom properties. */
export const pageLayoutCss = `
.rs-page { color: var(--rs-fg); font-family: var(--rs-font); font-size: var(--rs-font-size, 16px); line-height: 1.5; max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; overflow-wrap: anywhere; }
.rs-page h1, .rs-page h2 { line-height: 1.25; font-weight: 600; }
.rs-page h1 { font-size: 2em; margin: .25rem 0 .75rem; }
.rs-page h2 { font-size: 1.35em; margin: 1.75rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rs-border); }
.rs-page p, .rs-page li, .rs-page td, .rs-page h1 { unicode-bidi: plaintext; }
.rs-page a { color: var(--rs-link); }
.rs-about { background: var(--rs-note-bg); border-left: 4px solid var(--rs-accent); padding: .75rem 1rem; margin: 0 0 1.25rem; }
.rs-kicker { color: var(--rs-muted); text-transform: uppercase; letter-spacing: .06em; font-size: .8em; margin: 0; }
.rs-facts { list-style: none; padding: 0; margin: 0 0 .75rem; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; }
.rs-label { color: var(--rs-muted); }
.rs-statutory { margin: .5rem 0; }
.rs-report { margin: .5rem 0; font-weight: 600; }
.rs-publisher { color: var(--rs-muted); margin: .25rem 0 0; }
.rs-missing { color: var(--rs-muted); font-style: italic; }
.rs-table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.rs-table th, .rs-table td { border: 1px solid var(--rs-border); padding: .5rem .65rem; text-align: start; vertical-align: top; }
.rs-table thead th { background: var(--rs-head-bg); }
.rs-table th.rs-num, .rs-table td.rs-num { width: 3.25rem; text-align: end; font-variant-numeric: tabular-nums; }
.rs-table th:last-child { width: 30%; }
.rs-table td p { margin: 0; }
.rs-table tfoot td { color: var(--rs-muted); font-size: .9em; }
.rs-parts { list-style: none; margin: .5rem 0 0; padding: 0 0 0 .5rem; }
.rs-parts li { margin: .25rem 0; padding-inline-start: 1.75rem; text-indent: -1.75rem; }
.rs-part-label { display: inline-block; min-width: 1.5rem; text-indent: 0; }
.rs-agencies { margin: 0; padding-inline-start: 1.1rem; }
.rs-agencies li + li { margin-top: .25rem; }
@media (max-width: 480px) {
  /* Narrow screens: each recommendation becomes a card, so no word has to break inside a cell. */
  .rs-page { padding: .75rem .5rem 1.5rem; }
  .rs-table, .rs-table tbody, .rs-table tfoot, .rs-table tr, .rs-table td { display: block; width: auto; }
  .rs-table thead { display: none; }
  .rs-table tbody tr { border: 1px solid var(--rs-border); margin: 0 0 .75rem; }
  .rs-table td, .rs-table tfoot td { border: none; padding: .35rem .6rem; }
  .rs-table td.rs-num { width: auto; text-align: start; font-weight: 600; padding-bottom: 0; }
  .rs-table td.rs-num::before { content: "Recommendation "; }
  .rs-table td.rs-to::before { content: "Addressed to"; display: block; color: var(--rs-muted); font-size: .85em; }
  .rs-parts { padding-left: 0; }
}
@media print { .rs-page { max-width: none; } .rs-page a { color: inherit; } }
`;

/** The light theme for publishing (the export): high contrast, system fonts, nothing loaded. */
export const publishingThemeCss = `
:root { color-scheme: light; }
body { margin: 0; background: #ffffff; }
.rs-page { --rs-fg: #1b1b1b; --rs-muted: #505a5f; --rs-border: #b1b4b6; --rs-link: #1d70b8; --rs-accent: #1d70b8; --rs-note-bg: #f3f2f1; --rs-head-bg: #f3f2f1; --rs-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
`;
