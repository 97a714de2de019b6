import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import catalogueSchema from '../../../schemas/agency-catalogue.schema.json';
import { agencyKinds } from '../../../server/src/service/agencies/agencyTypes';
import { builtinEntries } from '../../../server/src/service/agencies/builtinCatalogue';
import { AgencyCatalogue } from '../../../server/src/service/agencies/catalogue';
import { splitCombined } from '../../../server/src/service/agencies/splitCombined';
import { catalogueFor, readCatalogueEntries } from '../../../server/src/service/agencies/workspaceCatalogue';
import { createLanguageService } from '../../../server/src/service/languageService';
import { repoRoot, sharedDir } from '../../support/paths';
import { yamlRuleIds } from '../../../server/src/service/rules/yamlRules';
import { schemaRuleIds } from '../../../server/src/service/schema/schemaValidation';

const catalogue = new AgencyCatalogue([builtinEntries]);

describe('the built-in catalogue data', () => {
  test('data/agencies.json is what scripts/build-catalogue.mjs makes from ../shared (when it is there)', (t) => {
    if (!existsSync(join(sharedDir, 'data', 'police-forces.csv'))) {
      t.skip('the shared data folder is not beside the repository');
      return;
    }
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-catalogue.mjs'), '--check'], {
      encoding: 'utf8',
      env: { ...process.env, REVIEW_SUMMARIES_SHARED: sharedDir },
    });
    assert.equal(result.status, 0, result.stderr);
  });

  test('every police force of the shared list, and a CSP for every district and unitary authority, current and past', (t) => {
    const forces = join(sharedDir, 'data', 'police-forces.csv');
    const authorities = join(sharedDir, 'data', 'uk-local-authorities', 'uk_local_authorities_future.csv');
    if (!existsSync(forces) || !existsSync(authorities)) {
      t.skip('the shared data folder is not beside the repository');
      return;
    }
    const forceNames = readFileSync(forces, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    assert.equal(forceNames.length, 46);
    for (const name of forceNames) assert.equal(catalogue.lookup(name)?.entry.kind, 'police', name);
    // Every English and Welsh district or unitary authority, current or past, by its common name, is a known CSP.
    const rows = parse(readFileSync(authorities, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const districts = rows.filter((row) => (row.nation === 'England' || row.nation === 'Wales') && row['lower-or-unitary'] === 'True');
    assert.ok(districts.length >= 360 && districts.some((row) => row['end-date'] !== ''));
    for (const row of districts) assert.equal(catalogue.findCsp(row['nice-name'])?.kind, 'CSP', row['nice-name']);
    assert.ok(builtinEntries.filter((e) => e.kind === 'CSP').length >= 360, 'at least one CSP per district and unitary authority');
  });

  test('the broken Welsh alt-name is repaired, and past names say what replaced them', () => {
    const anglesey = catalogue.lookup('Ynys Môn Community Safety Partnership');
    assert.equal(anglesey?.entry.name, 'Isle of Anglesey Community Safety Partnership');
    assert.ok(!JSON.stringify(builtinEntries).includes('\ufffd') && !JSON.stringify(builtinEntries).includes('ï¿½'));
    assert.match(catalogue.findCsp('Carlisle')!.note!, /until 2023-04-01, now Cumberland/);
    assert.match(catalogue.findCsp('Somerset')!.note!, /county until 2023-04-01/);
  });

  test('every kind is one of the catalogue kinds, and the seed, national and collective entries are there', () => {
    // The service's kinds are the file format's (the generator reads its list from the schema).
    assert.deepEqual([...agencyKinds], catalogueSchema.$defs.agency.properties.kind.enum);
    const kinds = new Set<string>(agencyKinds);
    for (const entry of builtinEntries) assert.ok(kinds.has(entry.kind), `${entry.name}: ${entry.kind}`);
    for (const [written, name] of [
      ['ESAB', 'Essex Safeguarding Adults Board'],
      ['EPUT', 'Essex Partnership University NHS Foundation Trust'],
      ['SETDAB', 'Southend, Essex and Thurrock Domestic Abuse Board'],
      ['SET DAB', 'Southend, Essex and Thurrock Domestic Abuse Board'],
      ['DHSC', 'Department of Health and Social Care'],
      ['CPS', 'Crown Prosecution Service'],
      ['National Probation Service', 'The Probation Service'],
      ['All agencies in this review', 'All agencies involved in this review'],
      ['Uttlesford CSP', 'Uttlesford Community Safety Partnership'],
      ['GMP', 'Greater Manchester Police'],
      ['Hampshire Constabulary', 'Hampshire and Isle of Wight Constabulary'],
    ]) {
      assert.equal(catalogue.lookup(written)?.canonical, name, written);
    }
  });
});

describe('lookup, near misses and search', () => {
  test('case, punctuation, "&" and a leading "the" do not matter, but are not exact', () => {
    const match = catalogue.lookup('the essex safeguarding adults board');
    assert.equal(match?.canonical, 'Essex Safeguarding Adults Board');
    assert.equal(match?.exact, false);
    assert.equal(catalogue.lookup('Southend, Essex & Thurrock Domestic Abuse Board')?.entry.kind, 'safeguarding board');
    assert.equal(catalogue.lookup('Essex Safeguarding Adults Board')?.exact, true);
  });

  test('collective forms of any known agency: possessive, "of", and before', () => {
    for (const written of [
      "EPUT's commissioners",
      'Commissioners of EPUT',
      'EPUT commissioners',
      'the commissioners of Essex Partnership University NHS Foundation Trust',
    ]) {
      const match = catalogue.lookup(written);
      assert.equal(match?.canonical, 'Commissioners of Essex Partnership University NHS Foundation Trust', written);
      assert.equal(match?.entry.kind, 'collective');
    }
    assert.equal(catalogue.lookup("Essex Police's commissioners")?.canonical, 'Commissioners of Essex Police');
    assert.equal(catalogue.lookup("Nobody's commissioners"), undefined);
  });

  test('did you mean: a missing word, a typo; nothing for short or far-off names', () => {
    assert.equal(catalogue.suggest('Essex Safeguarding Board')?.entry.name, 'Essex Safeguarding Adults Board');
    assert.equal(catalogue.suggest('Esex Police')?.entry.name, 'Essex Police');
    assert.equal(catalogue.suggest('EPTU'), undefined);
    assert.equal(catalogue.suggest('Grace Road Surgery'), undefined);
    assert.equal(catalogue.suggestCspArea('Uttlesfrod')?.area, 'Uttlesford');
    assert.equal(catalogue.suggestCspArea('Narnia'), undefined);
  });

  test('search: abbreviation first, then names by prefix, then words anywhere', () => {
    assert.equal(catalogue.search('esab')[0].entry.name, 'Essex Safeguarding Adults Board');
    assert.equal(catalogue.search('adults board')[0].entry.name, 'Essex Safeguarding Adults Board');
    const manchester = catalogue
      .search('manchester')
      .slice(0, 6)
      .map((r) => r.entry.name);
    for (const name of ['Manchester City Council', 'Manchester Community Safety Partnership'])
      assert.ok(manchester.includes(name), manchester.join(', '));
    assert.ok(
      manchester.every((name) => name.startsWith('Manchester')),
      manchester.join(', '),
    );
    const all = catalogue.search('');
    assert.equal(all.length, catalogue.entries.length);
    assert.equal(all[0].entry.kind, 'collective');
  });

  test('combined names: pipes and semicolons always; "and", "&", "/" and commas only between known agencies', () => {
    assert.deepEqual(splitCombined('EPUT | Essex Adult Social Care', catalogue), ['EPUT', 'Essex Adult Social Care']);
    assert.deepEqual(splitCombined('Foo; Bar', catalogue), ['Foo', 'Bar']);
    assert.deepEqual(splitCombined('ESAB, SETDAB and Essex Police', catalogue), ['ESAB', 'SETDAB', 'Essex Police']);
    assert.deepEqual(splitCombined('Home Office & CPS', catalogue), ['Home Office', 'CPS']);
    assert.equal(splitCombined('Southend, Essex and Thurrock Domestic Abuse Board', catalogue), undefined);
    assert.equal(splitCombined('Avon and Somerset Constabulary', catalogue), undefined);
    assert.equal(splitCombined('Bread and Butter Trust', catalogue), undefined);
    assert.equal(splitCombined('EPUT and their commissioners', catalogue), undefined);
  });
});

describe('workspace catalogues', () => {
  const uri = 'file:///ws/review-summaries.agencies.yaml';

  test('entries are read with their place in the file; invalid ones are left out', () => {
    const text = 'agencies:\n  - name: Westshire Police\n    kind: police\n    abbreviations: [WP]\n  - name: No kind\n  - kind: police\n';
    const entries = readCatalogueEntries({ uri, text });
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0].origin, {
      uri,
      start: text.indexOf('Westshire Police'),
      end: text.indexOf('Westshire Police') + 'Westshire Police'.length,
    });
    assert.deepEqual(readCatalogueEntries({ uri, text: 'agencies: [' }), []);
    assert.deepEqual(readCatalogueEntries({ uri, text: '- a\n- b\n' }), []);
  });

  test('a workspace entry overrides a built-in one of the same name, and adds abbreviations', () => {
    const text = 'agencies:\n  - name: Essex Police\n    kind: police\n    abbreviations: [EP]\n    area: Essex (workspace)\n';
    const merged = catalogueFor({ agencyCatalogues: [{ uri, text }] });
    assert.equal(merged.lookup('EP')?.entry.area, 'Essex (workspace)');
    assert.equal(merged.lookup('Essex Police')?.entry.origin?.uri, uri);
    assert.equal(merged.entries.length, catalogue.entries.length);
    // The same array gives the same catalogue object (built once per change).
    const files = [{ uri, text }];
    assert.equal(catalogueFor({ agencyCatalogues: files }), catalogueFor({ agencyCatalogues: files }));
  });
});

describe('catalogue performance figures (printed, never asserted)', () => {
  test('lookup, suggest and search timings', () => {
    const names = builtinEntries.flatMap((e) => [e.name, ...e.abbreviations]).slice(0, 1000);
    let started = performance.now();
    const build = new AgencyCatalogue([builtinEntries]);
    const buildMs = performance.now() - started;
    started = performance.now();
    for (const name of names) build.lookup(name);
    const lookupUs = ((performance.now() - started) * 1000) / names.length;
    started = performance.now();
    for (let i = 0; i < 100; i++) build.suggest(`Essex Safeguarding Bord ${i % 3}`);
    const suggestMs = (performance.now() - started) / 100;
    started = performance.now();
    for (let i = 0; i < 100; i++) build.search(['adults board', 'ess', 'police', ''][i % 4]);
    const searchMs = (performance.now() - started) / 100;
    console.log(
      `catalogue: ${build.entries.length} entries; build ${buildMs.toFixed(1)} ms; lookup ${lookupUs.toFixed(1)} µs; suggest ${suggestMs.toFixed(2)} ms; search ${searchMs.toFixed(2)} ms`,
    );
  });
});

describe('a workspace catalogue file is checked against its own schema', () => {
  const uri = 'file:///ws/review-summaries.agencies.yaml';
  const check = (text: string) =>
    createLanguageService()
      .validate({ uri, version: 1, getText: () => text })
      .map(
        (d) =>
          `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.message)}`,
      );

  test('a valid file has no diagnostics, and summary rules do not run on it', () => {
    assert.deepEqual(
      check(
        'agencies:\n  - name: Westshire Police\n    kind: police\n    abbreviations: [WP]\n    variants: [Westshire Constabulary]\n    area: Westshire\n    note: made up\n',
      ),
      [],
    );
  });

  test('each mistake is located on its node', () => {
    const text =
      'agencies:\n  - name: Westshire Police\n    kind: polise\n    abreviations: [WP]\n  - name: Westshire Fire\n  - name: westshire police\n    kind: police\n    variants: Westshire Constabulary\n';
    const found = check(text);
    assert.ok(
      found.some((d) => d.startsWith('schema/invalid-value 2:10-2:16 `kind` must be one of')),
      found.join('\n'),
    );
    assert.ok(
      found.some((d) => d.startsWith('schema/unknown-field 3:4-3:16') && d.includes('Did you mean `abbreviations`?')),
      found.join('\n'),
    );
    assert.ok(
      found.some((d) => d.startsWith('schema/missing-field 4:4-4:8 `kind` is missing from agency 2')),
      found.join('\n'),
    );
    assert.ok(
      found.some((d) => d.startsWith('schema/wrong-type 7:14-7:36')),
      found.join('\n'),
    );
    assert.ok(
      found.some((d) => d.startsWith('catalogue/duplicate-name 5:10-5:26')),
      found.join('\n'),
    );
  });

  test('YAML errors come first, as in a summary', () => {
    assert.ok(check('agencies: [\n').some((d) => d.startsWith(yamlRuleIds.syntax)));
    assert.ok(check('- a\n').some((d) => d.startsWith(schemaRuleIds.wrongType)));
  });
});
