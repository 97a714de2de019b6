// Figures for the page: time to render (language service: parse, check, model, HTML) and time to
// patch the preview in Chromium (the update message's handler: morphdom, plus the layout it
// causes), for 12 and 1,000 recommendations. Prints medians; asserts nothing.
import { createLanguageService } from '../../server/src/service/languageService';
import { launchChromium } from '../support/chromium';
import { loadPage, previewDocument, updateMessage } from '../support/previewHarness';
import { recommendationsYaml, summaryText } from '../support/summaryText';

const runs = Number(process.env.BENCH_RUNS ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A summary of `count` recommendations, the n-th edit changing one word of one recommendation. */
function variant(count: number, edit: number): string {
  const target = (edit % count) + 1;
  return summaryText({
    recommendations: recommendationsYaml(count).replace(`Recommendation ${target} asks`, `Recommendation ${target} (edit ${edit}) asks`),
  });
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  const rows: string[] = [];
  try {
    for (const count of [12, 1000]) {
      const service = createLanguageService();
      const uri = `file:///bench-${count}.review.yaml`;
      // Full render of a changed document: what the server does per keystroke batch.
      const renderTimes: number[] = [];
      const checkTimes: number[] = [];
      let last = service.render({ uri, version: 0, getText: () => variant(count, 0) });
      for (let i = 1; i <= runs; i++) {
        const text = variant(count, i);
        const t0 = performance.now();
        service.findings({ uri, version: i, getText: () => text });
        const t1 = performance.now();
        last = service.render({ uri, version: i, getText: () => text });
        const t2 = performance.now();
        checkTimes.push(t1 - t0);
        renderTimes.push(t2 - t1);
      }
      const html = last.page!.html;
      // Patch in the browser: the time the update message handler takes, layout included.
      const loaded = await loadPage(browser, previewDocument(last), { stubVsCode: true, viewport: { width: 1000, height: 800 } });
      const patchTimes: number[] = [];
      for (let i = runs + 1; i <= runs * 2; i++) {
        const message = updateMessage(service.render({ uri, version: i, getText: () => variant(count, i) }));
        patchTimes.push(
          await loaded.page.evaluate((m) => {
            const t0 = performance.now();
            window.dispatchEvent(new MessageEvent('message', { data: m }));
            void document.body.offsetHeight; // force the layout the patch causes
            return performance.now() - t0;
          }, message),
        );
      }
      await loaded.close();
      rows.push(
        `| ${String(count).padStart(5)} | ${median(checkTimes).toFixed(1).padStart(8)} | ${median(renderTimes).toFixed(1).padStart(9)} | ${median(patchTimes).toFixed(1).padStart(8)} | ${(html.length / 1024).toFixed(0).padStart(7)} |`,
      );
    }
  } finally {
    await browser.close();
  }
  console.log(`Page render and preview patch, median of ${runs} edits (ms):\n`);
  console.log('| recs  | checks   | render    | patch    | HTML KB |');
  console.log('| ----- | -------- | --------- | -------- | ------- |');
  for (const row of rows) console.log(row);
  console.log('\nchecks = all rules (render reuses them); render = model + HTML + status strip; patch = morphdom in Chromium + layout.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
