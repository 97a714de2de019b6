// Folding, outline and hover after a one-word edit in a 1,000-recommendation file
// (test/bench/navigationEditBench.ts). Prints figures; asserts nothing.
// `node scripts/bench-navigation.mjs`
import { runTs } from './run-ts.mjs';

process.exit(await runTs('test/bench/navigationEditBench.ts', process.argv.slice(2)));
