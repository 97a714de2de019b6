// The preview and its editor in a real VS Code: scroll sync both ways without feedback loops,
// double-click on a row, the status strip's links, and the out-of-date banner. The page is read and
// driven through the preview's test probe (reviewSummaries.testProbe, on when the host sets
// REVIEW_SUMMARIES_TEST_HOOKS=1); everything asserted on the editor side is VS Code's own state.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ProbeAction, ProbeSnapshot } from '../../../common/protocol/previewMessages';
import { revealSlack } from '../../../client/src/preview/revealSlack';
import { exampleUri, openExample, rangeOf, revert } from './support/extension';
import { closePreviews, previews, settled, until } from './support/preview';

const summaryName = 'uttlesford.review.yaml';

function probeOf(uri: vscode.Uri) {
  return async (action: ProbeAction = 'read', selector = '', y = 0): Promise<ProbeSnapshot> => {
    const snapshot = await vscode.commands.executeCommand<ProbeSnapshot | undefined>(
      'reviewSummaries.testProbe',
      uri.toString(),
      action,
      selector,
      y,
    );
    if (!snapshot) throw new Error(`the preview of ${uri.path} did not answer the probe (${action} ${selector})`);
    return snapshot;
  };
}

/** The page of `editor`'s document is on screen and shows its current version. */
async function pageShowing(editor: vscode.TextEditor): Promise<ProbeSnapshot> {
  const uri = editor.document.uri;
  return until(`the preview of ${uri.path} to show version ${editor.document.version}`, async () => {
    const state = await vscode.commands.executeCommand<ProbeSnapshot | undefined>(
      'reviewSummaries.testProbe',
      uri.toString(),
      'read',
      '',
      0,
    );
    return state && state.version === editor.document.version && state.rowCount > 0 ? state : undefined;
  });
}

/** The source line of recommendation `n` (its `number:` key, where the row's source begins). */
function recommendationLine(document: vscode.TextDocument, n: number): number {
  return rangeOf(document, `number: ${n}\n`).start.line;
}

/** The recommendation whose source holds `line`. */
function recommendationAt(document: vscode.TextDocument, line: number): number {
  let found = 0;
  for (let n = 1; n <= 12 && recommendationLine(document, n) <= line; n++) found = n;
  return found;
}

const topLine = (editor: vscode.TextEditor) => editor.visibleRanges[0]?.start.line ?? -1;

/** Reveals `line` at the top as a user's scroll would, and returns the editor's top line once it has settled. */
async function revealAtTop(editor: vscode.TextEditor, line: number): Promise<number> {
  editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  await until(
    () => `the editor to scroll to line ${line + 1}; its top is ${topLine(editor) + 1}`,
    () => {
      const top = topLine(editor);
      return top <= line && top >= line - revealSlack(editor.document) ? true : undefined;
    },
  );
  return settled('the editor to stop scrolling', () => topLine(editor));
}

/** Waits for the editor to show `line` at its top (below the sticky header); returns its top line. */
async function editorShowsAtTop(editor: vscode.TextEditor, line: number, page: () => Promise<string>): Promise<number> {
  const slack = revealSlack(editor.document);
  return until(
    async () => `the editor to show line ${line + 1} at the top; its top is ${topLine(editor) + 1}, the page ${await page()}`,
    () => {
      const top = topLine(editor);
      return top <= line && top >= line - slack ? top : undefined;
    },
  );
}

/** Scrolls the page to `y` as a user would; returns the page's state once its scroll handling has run. */
async function userScroll(
  probe: (action?: ProbeAction, selector?: string, y?: number) => Promise<ProbeSnapshot>,
  y: number,
): Promise<ProbeSnapshot> {
  const before = await probe('userScroll', '', y);
  assert.equal(before.scrollY, y, 'the page scrolled');
  return until('the page to handle its scroll event', async () => {
    const state = await probe();
    return state.scrollEvents > before.scrollEvents ? state : undefined;
  });
}

describe('preview and editor together', () => {
  let editor: vscode.TextEditor;
  let probe: ReturnType<typeof probeOf>;

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    editor = await openExample(summaryName);
    await vscode.commands.executeCommand('reviewSummaries.showPreviewToSide');
    await until('one preview', async () => ((await previews()).length === 1 ? true : undefined));
    probe = probeOf(editor.document.uri);
    await pageShowing(editor);
  });

  after(async () => {
    await closePreviews();
  });

  it('scrolling the editor scrolls the page to the recommendation in view, and the page does not scroll the editor back', async () => {
    const before = await probe();
    const top = await revealAtTop(editor, recommendationLine(editor.document, 7));
    const n = recommendationAt(editor.document, top);
    const shown = await until(
      async () => `the page to show recommendation ${n} at the top (editor at line ${top + 1}); it shows ${JSON.stringify(await probe())}`,
      async () => {
        const state = await probe();
        return state.keyAtTop === `rec-${n - 1}` && state.lineAtTop !== null && Math.abs(state.lineAtTop - top) < 1 ? state : undefined;
      },
    );

    // No feedback: once both have stopped moving, the editor is where it was put and the page never
    // told it to move (its scroll was its own, from the editor).
    const rest = await settled('the page to stop scrolling', async () => (await probe()).scrollY);
    assert.equal(rest, shown.scrollY, 'the page kept its position');
    const after = await probe();
    assert.equal(topLine(editor), top, 'the editor kept its position');
    assert.equal(after.revealLinePosted, before.revealLinePosted, "the page did not echo the editor's scroll back");
    assert.ok(after.ownScrollEvents > before.ownScrollEvents, 'the page scrolled, as its own scroll');
  });

  it('scrolling the page moves the editor to the same place, and the editor does not scroll the page back', async () => {
    const start = await probe();
    const target = Math.round(start.maxScrollY * 0.75);
    assert.ok(Math.abs(target - start.scrollY) > 100, `the page can scroll (from ${start.scrollY} to ${target} of ${start.maxScrollY})`);
    const scrolled = await userScroll(probe, target);
    const line = Math.floor(scrolled.lineAtTop ?? -1);
    const top = await editorShowsAtTop(editor, line, async () => JSON.stringify(await probe()));

    // The row at the top of the page holds that line.
    const n = recommendationAt(editor.document, line);
    assert.equal(scrolled.keyAtTop, `rec-${n - 1}`, `line ${line + 1} is in recommendation ${n}`);

    // No feedback: both settle where the user left them, and the editor's move was not sent back.
    assert.equal(await settled('the editor to stop scrolling', () => topLine(editor)), top);
    const after = await probe();
    assert.equal(after.scrollY, target, `the page stayed where the user scrolled it (it moved to ${after.scrollY})`);
    assert.equal(after.scrollToLineReceived, scrolled.scrollToLineReceived, "the editor did not echo the page's scroll back");
  });

  it('after the editor has gone past the end of the page, a single page scroll still moves the editor', async () => {
    // Two editor positions below what the page can show: the page stays at its end for the second.
    const last = editor.document.lineCount - 1;
    await revealAtTop(editor, last - 15);
    await until('the page at its end', async () => {
      const state = await probe();
      return state.scrollY === state.maxScrollY ? state : undefined;
    });
    const atEnd = await probe();
    await revealAtTop(editor, last - 5);
    await until('the second scroll to reach the page', async () =>
      (await probe()).scrollToLineReceived > atEnd.scrollToLineReceived ? true : undefined,
    );

    // One scroll event (as from the Home key): the page must take it as the user's.
    const scrolled = await userScroll(probe, 0);
    await editorShowsAtTop(editor, Math.floor(scrolled.lineAtTop ?? -1), async () => JSON.stringify(await probe()));
  });

  it('double-clicking a row reveals its source in the editor, with the cursor there', async () => {
    const line = recommendationLine(editor.document, 9);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const clicked = await probe('dblclick', '#rs-root [data-src="rec-8"] td.rs-text');
    assert.ok(clicked.found, 'the row of recommendation 9 is on the page');
    const active = await until('the cursor to move to recommendation 9', () => {
      const current = vscode.window.activeTextEditor;
      return current?.document === editor.document && current.selection.active.line === line ? current : undefined;
    });
    assert.deepEqual([active.selection.active.line, active.selection.active.character], [line, 0]);
    assert.ok(active.selection.isEmpty);
    await until(
      () => `line ${line + 1} to come into view (the editor shows ${JSON.stringify(active.visibleRanges)})`,
      () => (active.visibleRanges.some((range) => range.contains(new vscode.Position(line, 0))) ? true : undefined),
    );
  });

  it("a link in the status strip reveals its problem's place in the editor", async () => {
    const mistakes = await openExample('mistakes.review.yaml');
    const probeMistakes = probeOf(mistakes.document.uri);
    await until('the preview to follow mistakes.review.yaml', async () =>
      (await previews()).some((p) => p.resource === mistakes.document.uri.toString()) ? true : undefined,
    );
    await pageShowing(mistakes);
    const diagnostics = await until('diagnostics for mistakes.review.yaml', () => {
      const list = vscode.languages
        .getDiagnostics(mistakes.document.uri)
        .filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning && d.range.start.line > 0);
      return list.length > 1 ? list : undefined;
    });
    // The last listed problem, so that the cursor has somewhere to go from the first line.
    const problem = diagnostics.sort((a, b) => a.range.start.compareTo(b.range.start))[diagnostics.length - 1];
    const { line, character } = problem.range.start;
    mistakes.selection = new vscode.Selection(0, 0, 0, 0);
    const clicked = await probeMistakes('click', `#rs-status a[data-reveal-line="${line}"][data-reveal-character="${character}"]`);
    assert.ok(clicked.found, `the status strip lists the problem at ${line + 1}:${character + 1} (${problem.message})`);
    const active = await until(`the cursor to move to ${line + 1}:${character + 1}`, () => {
      const current = vscode.window.activeTextEditor;
      return current?.document === mistakes.document && current.selection.active.isEqual(problem.range.start) ? current : undefined;
    });
    await until('the place to come into view', () =>
      active.visibleRanges.some((range) => range.contains(problem.range.start)) ? true : undefined,
    );
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preview: false });
    await until('the preview to follow back', async () =>
      (await previews()).some((p) => p.resource === exampleUri(summaryName).toString()) ? true : undefined,
    );
  });

  it('a file that stops parsing keeps its page under an "out of date" banner whose link shows where; fixing it clears the banner', async () => {
    editor = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preview: false });
    await pageShowing(editor);
    const titleLine = rangeOf(editor.document, 'title: Uttlesford review').start.line;
    try {
      await editor.edit((edit) => edit.insert(new vscode.Position(titleLine, 'title: '.length), '"unclosed '));
      const broken = await until('the banner', async () => {
        const state = await probe();
        return state.version === editor.document.version && !state.bannerHidden ? state : undefined;
      });
      assert.equal(broken.rowCount, 12, 'the last good page stays');
      assert.match(broken.bannerText, /^This page is out of date: .+ Show where \(line \d+\)$/);
      const shownLine = Number(/line (\d+)\)$/.exec(broken.bannerText)![1]) - 1;
      // It points where the editor shows the parse error.
      await until(
        () =>
          `an error diagnostic on line ${shownLine + 1}, as the banner says (there are: ${vscode.languages
            .getDiagnostics(editor.document.uri)
            .map((d) => `${d.range.start.line + 1} ${d.message}`)
            .join('; ')})`,
        () =>
          vscode.languages
            .getDiagnostics(editor.document.uri)
            .some((d) => d.severity === vscode.DiagnosticSeverity.Error && d.range.start.line === shownLine)
            ? true
            : undefined,
      );

      editor.selection = new vscode.Selection(0, 0, 0, 0);
      const clicked = await probe('click', '#rs-banner a[data-reveal-line]');
      assert.ok(clicked.found);
      await until(`the cursor to move to line ${shownLine + 1}`, () => {
        const current = vscode.window.activeTextEditor;
        return current?.document === editor.document && current.selection.active.line === shownLine ? true : undefined;
      });

      await editor.edit((edit) => edit.delete(new vscode.Range(titleLine, 'title: '.length, titleLine, 'title: "unclosed '.length)));
      const fixed = await until('the banner to go', async () => {
        const state = await probe();
        return state.version === editor.document.version && state.bannerHidden ? state : undefined;
      });
      assert.equal(fixed.rowCount, 12);
    } finally {
      await revert(editor.document);
    }
  });
});
