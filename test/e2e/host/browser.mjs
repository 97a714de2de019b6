// Headless Chromium (the system's, driven by playwright-core) on a code-server page.
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../../scripts/code-server/chromiumArgs.mjs';
import { chromiumPath, ensureSystemPackages } from '../../../scripts/code-server/systemPackages.mjs';

/** Opens `folder` in the VS Code served at `url`; resolves once the workbench is on screen. */
export async function openWorkbench(url, folder, { headless = true, viewport = { width: 1400, height: 900 } } = {}) {
  ensureSystemPackages({ needBrowser: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport });
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return { browser, page };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Runs a command from the palette (F1), by its title as the palette shows it. */
export async function runCommand(page, title, { timeout = 30_000 } = {}) {
  await page.keyboard.press('Escape'); // whatever widget or dialog has the focus
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  try {
    await row.waitFor({ timeout });
  } catch (error) {
    await page.keyboard.press('Escape');
    throw error;
  }
  await row.click();
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a person would. */
export async function quickOpen(page, fileName) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(fileName);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor();
  await row.click();
  // Each editor group has an active tab; any of them showing the file will do.
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).first().waitFor();
}
