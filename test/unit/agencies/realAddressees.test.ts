import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtinEntries } from '../../../server/src/service/agencies/builtinCatalogue';
import { AgencyCatalogue } from '../../../server/src/service/agencies/catalogue';
import { repoRoot } from '../../support/paths';

interface RealList {
  csp: string;
  source: string;
  heldOut: boolean;
  addressees: string[];
}

const { lists } = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/real-agencies/lists.json'), 'utf8')) as { lists: RealList[] };
const catalogue = new AgencyCatalogue([builtinEntries]);

function share(selected: RealList[]): { known: number; total: number; unknown: string[] } {
  const items = selected.flatMap((list) => list.addressees);
  const unknown = items.filter((item) => !catalogue.lookup(item) && !catalogue.findCsp(item));
  return { known: items.length - unknown.length, total: items.length, unknown };
}

test('real recommendation lists: share of addressees recognised (tuned and held out)', () => {
  for (const list of lists) assert.ok(list.source.startsWith('https://'), `${list.csp}: every list names its source`);
  for (const [label, selected] of [
    ['tuned', lists.filter((l) => !l.heldOut)],
    ['held out', lists.filter((l) => l.heldOut)],
  ] as const) {
    const { known, total, unknown } = share(selected);
    if (total === 0) continue;
    console.log(
      `${label}: ${known}/${total} recognised (${Math.round((100 * known) / total)}%) in ${selected.length} lists${unknown.length ? `; unknown: ${unknown.join(' | ')}` : ''}`,
    );
    assert.ok(known / total >= 0.9, `${label}: ${known}/${total}`);
  }
});

test('the families of addressees real lists use (councils, former CCGs, PCCs, government, housing, CSP brands, collectives) are recognised by data or by form', () => {
  for (const written of [
    'Leeds City Council',
    'Essex County Council',
    'Cornwall Council',
    'London Borough of Camden',
    'NHS Basildon and Brentwood CCG',
    'Office of the Police and Crime Commissioner for Kent',
    "Mayor's Office for Policing and Crime",
    'UK Government',
    'University of Leeds',
    'Clarion Housing',
    'Safer Leeds',
    'Safer Cornwall',
    'GP surgeries',
    'All partner agencies',
    'Health commissioners',
    'The review panel',
    'Leeds City Council Adult Social Care',
    'Adult Social Care (Essex County Council)',
    'Kent Safeguarding Adults Board',
    'Betsi Cadwaladr University Health Board',
  ]) {
    assert.ok(catalogue.lookup(written) ?? catalogue.findCsp(written), written);
  }
  // A body that is in no data set stays unknown, so the rule still has something to say.
  for (const written of ['Westshire Women’s Refuge', 'Acme Recovery Project']) assert.equal(catalogue.lookup(written), undefined, written);
});
