// Time to render the page (language service) and to patch it in the preview (Chromium), for 12
// and 1,000 recommendations. Prints figures; asserts nothing. `node scripts/bench-render.mjs`
import { runTs } from './run-ts.mjs';

process.exit(await runTs('test/bench/renderBench.ts', process.argv.slice(2)));
