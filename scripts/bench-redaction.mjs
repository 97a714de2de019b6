// `npm run bench:redaction [-- --json]`: the redaction check's full-check and one-word-edit times
// on a generated 1,000-recommendation summary (test/bench/redactionBench.ts, bundled with
// esbuild as the tests are). Prints a summary and a JSON line (only the JSON with --json).
import { runTs } from './run-ts.mjs';

process.exit(await runTs('test/bench/redactionBench.ts', process.argv.slice(2)));
