// What only the page can show: the Problems panel's count for the example with mistakes matches
// the CLI's, the preview webview draws the page, a real double-click on a row moves the editor's
// cursor, and suggestions pop up by themselves while typing an agency (not in prose); with screenshots. Returns the
// problems found (empty = passed).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quickOpen, runCommand } from './browser.mjs';
import { repoRoot } from '../../../scripts/code-server/paths.mjs';

function cliCount(file) {
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  } catch (error) {
    if (error.status !== 1) throw error; // 1 = errors found, the expected answer here
    stdout = error.stdout;
  }
  return JSON.parse(stdout).length;
}

async function problemsPanelCount(page, fileName, expected) {
  await runCommand(page, 'View: Focus Problems');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: fileName }).first();
  const badge = row.locator('.monaco-count-badge');
  // The panel fills in as the server answers: wait (not sleep) for the count we expect, then read it.
  try {
    await page.waitForFunction(
      ([name, want]) =>
        [...document.querySelectorAll('.markers-panel .monaco-list-row')].some(
          (r) => r.textContent?.includes(name) && r.querySelector('.monaco-count-badge')?.textContent?.trim() === String(want),
        ),
      [fileName, expected],
      { timeout: 20_000 },
    );
  } catch {
    // fall through and report what is there
  }
  return (await badge.count()) ? Number((await badge.textContent())?.trim()) : undefined;
}

/** The preview's page title, from whichever webview frame has drawn it (waits up to `timeoutMs`). */
async function previewHeading(page, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const heading = frame.locator('#rs-root h1.rs-title');
      if (await heading.count().catch(() => 0)) return (await heading.first().textContent())?.trim();
    }
    // Webview frames are created and filled asynchronously; look again shortly.
    await page.waitForTimeout(200);
  }
  return undefined;
}

// Expected values come from the repository's examples/, not from the workspace copy: a test that
// wrote to its copy must make these checks fail, not move what they expect.
async function checkProblemsPanel(page, { screenshots }) {
  const fileName = 'mistakes.review.yaml';
  const expected = cliCount(join(repoRoot, 'examples', fileName));
  await quickOpen(page, fileName);
  const shown = await problemsPanelCount(page, fileName, expected);
  await page.screenshot({ path: join(screenshots, 'problems-panel.png') });
  console.log(`e2e: Problems panel shows ${shown ?? 'no row'} for ${fileName}; the CLI finds ${expected}`);
  return shown === expected
    ? []
    : [`the Problems panel shows ${shown ?? 'no row'} problem(s) for ${fileName}, expected ${expected} (as the CLI finds)`];
}

async function checkPreview(page, { screenshots }) {
  const summaryName = 'uttlesford.review.yaml';
  const expectedTitle = parse(readFileSync(join(repoRoot, 'examples', summaryName), 'utf8')).title;
  // Only for a roomier screenshot; a renamed command must not fail the run.
  await runCommand(page, 'View: Hide Panel', { timeout: 5000 }).catch(() => undefined);
  await quickOpen(page, summaryName);
  await runCommand(page, 'Review Summaries: Open Preview to the Side');
  const heading = await previewHeading(page);
  await page.mouse.move(1, 450); // no hover tooltip in the picture
  await page.screenshot({ path: join(screenshots, 'preview.png') });
  console.log(`e2e: the preview of ${summaryName} shows the heading ${JSON.stringify(heading ?? null)}`);
  return heading === expectedTitle
    ? []
    : [
        `the preview of ${summaryName} shows ${heading === undefined ? 'no page' : `the heading "${heading}"`}, expected "${expectedTitle}"`,
      ];
}

/** The webview frame whose preview page is drawn and whose script listens (waits up to `timeoutMs`). */
async function previewFrame(page, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (
        await frame
          .locator('html[data-rs-interactive="true"] #rs-root tbody tr')
          .count()
          .catch(() => 0)
      )
        return frame;
    }
    await page.waitForTimeout(200);
  }
  throw new Error('no webview frame shows the preview page with its script running');
}

// A real double-click (Chromium's mouse, into the webview's iframe) on recommendation 9's row puts
// the editor's cursor at the start of its source line, as the status bar shows. The suite checks the
// same through the preview's test probe; this one has no hook in between.
async function checkDoubleClick(page, { screenshots }) {
  const summaryName = 'uttlesford.review.yaml';
  const lines = readFileSync(join(repoRoot, 'examples', summaryName), 'utf8').split(/\r?\n/);
  const expected = `Ln ${lines.findIndex((line) => /^\s*- number: 9\s*$/.test(line)) + 1}, Col 1`;
  const frame = await previewFrame(page);
  await frame.locator('#rs-root [data-src="rec-8"] td.rs-text').dblclick();
  const shown = await page
    .waitForFunction(
      (want) => [...document.querySelectorAll('.statusbar-item')].some((item) => item.textContent?.trim() === want),
      expected,
      { timeout: 20_000 },
    )
    .then(() => expected)
    .catch(async () => {
      // Read what is there now, without waiting again: no cursor item means no editor has focus.
      const cursor = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
      return (await cursor.count()) ? (await cursor.textContent())?.trim() : undefined;
    });
  await page.screenshot({ path: join(screenshots, 'preview-double-click.png') });
  const where = shown ?? 'nothing (no editor has focus)';
  console.log(`e2e: a double-click on recommendation 9's row in the preview puts the cursor at ${where}`);
  return shown === expected ? [] : [`a double-click on recommendation 9's row put the cursor at ${where}, expected ${expected}`];
}

/** Puts the cursor at the end of a 1-based line of the active editor (Go to Line, then End). */
async function goToLineEnd(page, line) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
}

/** Whether the suggest widget shows `label` within `timeoutMs`. */
async function suggestionShown(page, label, timeoutMs) {
  return page
    .waitForFunction(
      (want) => [...document.querySelectorAll('.suggest-widget.visible .monaco-list-row')].some((row) => row.textContent?.includes(want)),
      label,
      { timeout: timeoutMs },
    )
    .then(() => true)
    .catch(() => false);
}

// Typed as a person types (no Ctrl+Space), an agency's name in a new addressedTo item makes the
// suggestions pop up by themselves (quick suggestions are on in values for summaries); a word
// typed in prose does not (no snippet, no word list interrupts the text).
async function checkSuggestionsWhileTyping(page, { screenshots }) {
  const summaryName = 'uttlesford.review.yaml';
  const lines = readFileSync(join(repoRoot, 'examples', summaryName), 'utf8').split(/\r?\n/);
  const problems = [];
  // One editor, not the preview beside it from the checks before.
  await runCommand(page, 'View: Close All Editors').catch(() => undefined);
  await quickOpen(page, summaryName);
  try {
    await goToLineEnd(page, lines.findIndex((line) => line === '      - Essex Safeguarding Adults Board') + 1);
    // The first addressee ("- Essex Safeguarding Adults Board", from its dash) is typed over.
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('- Essex Pol', { delay: 60 });
    const agency = await suggestionShown(page, 'Essex Police', 15_000);
    await page.screenshot({ path: join(screenshots, 'suggestions-while-typing.png') });
    console.log(`e2e: typing "- Essex Pol" in addressedTo ${agency ? 'pops up' : 'does not pop up'} "Essex Police"`);
    if (!agency) problems.push('typing an agency in addressedTo did not pop up "Essex Police" by itself');
    await page.keyboard.press('Escape');

    const prose = lines.findIndex((line, index) => index > lines.indexOf('recommendations:') && /^ {6}[A-Za-z].*[a-z]$/.test(line)) + 1;
    await goToLineEnd(page, prose);
    await page.keyboard.type(' and rec', { delay: 60 });
    // An absence: give the widget the time it took above to appear, and then some.
    const inProse = await suggestionShown(page, '', 3000);
    console.log(`e2e: typing " and rec" in prose ${inProse ? 'pops up suggestions' : 'pops up nothing'}`);
    if (inProse) problems.push('typing in prose popped up suggestions');
  } finally {
    await page.keyboard.press('Escape');
    await runCommand(page, 'File: Revert File').catch(() => undefined);
  }
  return problems;
}

export async function checkPage(page, { artifacts }) {
  const screenshots = join(artifacts, 'screenshots');
  mkdirSync(screenshots, { recursive: true });
  const problems = [];
  // Each check runs even when the one before failed; a failure leaves a screenshot of the moment.
  for (const [name, check] of [
    ['problems-panel', checkProblemsPanel],
    ['preview', checkPreview],
    ['preview-double-click', checkDoubleClick],
    ['suggestions-while-typing', checkSuggestionsWhileTyping],
  ]) {
    try {
      problems.push(...(await check(page, { screenshots })));
    } catch (error) {
      await page.screenshot({ path: join(screenshots, `${name}-failed.png`) }).catch(() => undefined);
      problems.push(`page check ${name}: ${error.message.split('\n')[0]}`);
    }
  }
  console.log(`e2e: screenshots in ${screenshots}`);
  return problems;
}
