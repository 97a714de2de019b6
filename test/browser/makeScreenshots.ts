// Makes the screenshots (see scripts/screenshots.mjs): the seed example's preview in each theme, a
// preview with problems (status strip, redaction marks, out-of-date banner), and the export.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLanguageService } from '../../server/src/service/languageService';
import type { Checker } from '../../server/src/service/rules/ruleTypes';
import { checkers } from '../../server/src/service/rules/index';
import { launchChromium } from '../support/chromium';
import { examplesDir, repoRoot } from '../support/paths';
import { loadPage, previewDocument } from '../support/previewHarness';
import type { ThemeKind } from '../support/vscodeTheme';
import { redactionRuleIds } from '../../server/src/service/redaction/redactionChecker';

const outDir = resolve(process.argv[2] ?? join(repoRoot, 'build', 'screenshots'));
const seed = readFileSync(join(examplesDir, 'uttlesford.review.yaml'), 'utf8');

// Marks a name the way the redaction rules do, so the screenshot shows marks even where those
// rules are not registered (they live in another module).
const declaredName: Checker = {
  rules: [{ id: redactionRuleIds.declaredName, defaultSeverity: 'error', description: 'screenshot' }],
  check: ({ parsed }) =>
    [...parsed.text.matchAll(/\bMargaret\b/g)].map((m) => ({
      rule: redactionRuleIds.declaredName,
      start: m.index!,
      end: m.index! + m[0].length,
      message: 'Declared name "Margaret" must not be published.',
    })),
};

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  const written: string[] = [];
  const shoot = async (
    name: string,
    html: string,
    options: { width?: number; height?: number; fullPage?: boolean; scrollTo?: number } = {},
  ) => {
    const loaded = await loadPage(browser, html, {
      stubVsCode: true,
      viewport: { width: options.width ?? 1100, height: options.height ?? 900 },
    });
    if (options.scrollTo) await loaded.page.evaluate((y) => window.scrollTo(0, y), options.scrollTo);
    const file = join(outDir, `${name}.png`);
    await loaded.page.screenshot({ path: file, fullPage: options.fullPage ?? false });
    written.push(file);
    await loaded.close();
  };
  try {
    const service = createLanguageService();
    const seedResult = service.render({ uri: 'file:///examples/uttlesford.review.yaml', version: 1, getText: () => seed });
    for (const theme of ['light', 'dark', 'high-contrast'] as ThemeKind[]) {
      await shoot(`preview-${theme}`, previewDocument(seedResult, { theme }));
      await shoot(`preview-${theme}-table`, previewDocument(seedResult, { theme }), { scrollTo: 650 });
    }
    // A preview beside the editor is about half a window wide.
    await shoot('preview-light-side', previewDocument(seedResult, { theme: 'light' }), { width: 520, height: 900, scrollTo: 560 });
    const withProblems = seed
      .replace("the perpetrator's mental health", "the perpetrator's mental health (Margaret's husband)")
      .replace('  - number: 4\n', '  - number: 5\n')
      .replace('csp: Uttlesford\n', 'csp: Uttlesford\nauthor: Someone\n');
    const problems = createLanguageService({ checkers: [...checkers, declaredName] }).render({
      uri: 'file:///examples/problems.review.yaml',
      version: 1,
      getText: () => withProblems,
    });
    for (const theme of ['light', 'dark'] as ThemeKind[]) await shoot(`preview-${theme}-problems`, previewDocument(problems, { theme }));
    const broken = {
      ...problems,
      outOfDate: {
        reason: 'the file does not parse: Missing closing "quote',
        range: { start: { line: 14, character: 8 }, end: { line: 14, character: 9 } },
      },
    };
    await shoot('preview-dark-out-of-date', previewDocument(broken, { theme: 'dark' }));
    const exported = service.exportPage({ uri: 'file:///examples/uttlesford.review.yaml', version: 1, getText: () => seed });
    await shoot('export-light', exported.html!, { fullPage: true });
    writeFileSync(join(outDir, 'uttlesford.html'), exported.html!);
    await shoot('export-narrow', exported.html!, { width: 420, height: 900 });
  } finally {
    await browser.close();
  }
  console.log(`screenshots in ${outDir}:\n  ${written.map((f) => f.slice(outDir.length + 1)).join('\n  ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
