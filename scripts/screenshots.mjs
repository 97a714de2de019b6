// Screenshots of the preview (light, dark, high contrast) and of the exported page, for people to
// look at: `node scripts/screenshots.mjs [folder]` (default build/screenshots).
import { runTs } from './run-ts.mjs';

process.exit(await runTs('test/browser/makeScreenshots.ts', process.argv.slice(2)));
