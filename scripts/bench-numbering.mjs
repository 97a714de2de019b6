// Numbering checks and fixes, outline, folding and workspace symbols, for 12 and 1,000
// recommendations and 100 and 1,000 files. Prints figures; asserts nothing.
// `node scripts/bench-numbering.mjs`
import { runTs } from './run-ts.mjs';

process.exit(await runTs('test/bench/numberingOutlineBench.ts', process.argv.slice(2)));
