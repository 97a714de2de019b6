// One hostile case, measured in a process of its own: `node measure.js <case name>` prints one
// JSON line (time per operation, peak memory, what the person sees). Run by scripts/hostile-report.mjs.
import { createLanguageService } from '../../server/src/service/languageService';
import { loadHostileCase, readHostileManifest } from '../support/hostileCorpus';
import { exerciseService } from '../support/exerciseService';

const name = process.argv[2];
const entry = readHostileManifest().find((e) => e.name === name);
if (!entry) {
  console.error(`no hostile case named ${name}`);
  process.exit(2);
}
const hostile = loadHostileCase(entry);
const service = createLanguageService();
// Warm up on a one-line file first (loading the catalogue and the rules is not this case's cost).
const warmStarted = performance.now();
service.validate({ uri: 'file:///hostile/warm-up.review.yaml', version: 1, getText: () => 'title: Warm-up review\n' });
const warmUpMs = performance.now() - warmStarted;
const baseline = process.memoryUsage();
const document = { uri: `file:///hostile/${hostile.name}.review.yaml`, version: 1, getText: () => hostile.text };

const started = performance.now();
const diagnostics = service.validate(document);
const validateMs = performance.now() - started;
const afterValidate = process.memoryUsage();

const featuresStarted = performance.now();
const only = process.argv[3] === '--validate-only';
const { problems } = only ? { problems: [] as string[] } : exerciseService(service, document, { positions: 24 });
const featuresMs = performance.now() - featuresStarted;

const counts = new Map<string, number>();
for (const d of diagnostics) counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
const first = diagnostics[0];
console.log(
  JSON.stringify({
    name: hostile.name,
    origin: hostile.origin,
    characters: hostile.text.length,
    warmUpMs: Math.round(warmUpMs),
    validateMs: Math.round(validateMs),
    featuresMs: Math.round(featuresMs),
    heapAfterValidateMB: Math.round((afterValidate.heapUsed - baseline.heapUsed) / 1e5) / 10,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
    diagnostics: diagnostics.length,
    rules: Object.fromEntries(counts),
    firstMessage: first ? `${first.range.start.line + 1}:${first.range.start.character + 1} ${first.code}: ${first.message}` : '(none)',
    problems,
    expectMet: hostile.expect.every((rule) => counts.has(rule)),
  }),
);
