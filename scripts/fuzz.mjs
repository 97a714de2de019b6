// The property tests of test/unit/properties.test.ts, longer: many more cases, a new seed each
// run unless FUZZ_SEED is given (the seed is printed, and printed again with any failure).
//   npm run fuzz                 FUZZ_RUNS=20 (twenty times the cases of npm test)
//   FUZZ_SEED=123 FUZZ_RUNS=50 npm run fuzz
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS ?? '20';
console.log(`fuzz: seed ${seed}, ${runs}× the cases of npm test`);
const result = spawnSync(process.execPath, [join(root, 'scripts/run-tests.mjs'), 'test/unit/properties.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
});
if (result.status !== 0) console.log(`fuzz: failed with seed ${seed} (replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz)`);
process.exit(result.status ?? 1);
