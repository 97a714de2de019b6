import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtinEntries } from '../../../server/src/service/agencies/builtinCatalogue';
import { AgencyCatalogue } from '../../../server/src/service/agencies/catalogue';

// The families of addressee that summaries written by others used and the catalogue missed
// (issue 13). The examples here are made up or taken from other areas than those summaries, so
// the rules are tested for what they generalise to, not for the strings they were found on.
const catalogue = new AgencyCatalogue([builtinEntries]);

function recognised(written: string): { name: string; kind: string; area: string } {
  const match = catalogue.lookup(written);
  assert.ok(match, `"${written}" should be recognised`);
  return { name: match.entry.name, kind: match.entry.kind, area: match.entry.area };
}

function unknown(written: string): void {
  assert.equal(catalogue.lookup(written), undefined, `"${written}" should stay unknown`);
}

describe('integrated care boards by their operating name "NHS <area>"', () => {
  test('every ICB is known as "NHS <area>"', () => {
    const icbs = builtinEntries.filter((entry) => entry.kind === 'ICB');
    assert.ok(icbs.length >= 40);
    for (const icb of icbs) assert.equal(catalogue.lookup(`NHS ${icb.area}`)?.entry.name, icb.name, icb.area);
  });

  test('examples', () => {
    assert.equal(recognised('NHS Cheshire and Merseyside').name, 'Cheshire and Merseyside Integrated Care Board');
    assert.equal(recognised('NHS Frimley').kind, 'ICB');
  });

  test('"NHS" before a place with no ICB stays unknown', () => {
    unknown('NHS Westeros');
    unknown('NHS Lothian'); // a Scottish health board: DHRs are England and Wales
  });
});

describe('councils styled "City of X" are also "X City Council"', () => {
  test('every "City of X" council is known as "X City Council"', () => {
    const cities = builtinEntries.filter(
      (entry) => entry.kind === 'council' && /^City of [^,]+$/.test(entry.name) && !/Council|Corporation/.test(entry.name),
    );
    assert.ok(cities.length >= 1);
    for (const city of cities) assert.equal(catalogue.lookup(`${city.name.replace(/^City of /, '')} City Council`)?.entry.name, city.name);
  });

  test('the City of London is a corporation: "London City Council" is not it', () => {
    assert.notEqual(catalogue.lookup('London City Council')?.entry.name, 'City of London Corporation');
  });
});

describe('safeguarding boards and partnerships by their statutory naming form', () => {
  test('an area that is not a local authority name, as written', () => {
    assert.deepEqual(recognised('Western Bay Regional Safeguarding Board'), {
      name: 'Western Bay Regional Safeguarding Board',
      kind: 'safeguarding board',
      area: 'Western Bay',
    });
    assert.deepEqual(recognised('Tyne Valley Safeguarding Adults Board'), {
      name: 'Tyne Valley Safeguarding Adults Board',
      kind: 'safeguarding board',
      area: 'Tyne Valley',
    });
    assert.equal(recognised('Leicester City Safeguarding Children Partnership').area, 'Leicester City');
    assert.equal(recognised('The Brighton and Hove Safeguarding Partnership').kind, 'safeguarding board');
    assert.equal(recognised('Stockton-on-Tees Safeguarding Children Partnership').kind, 'safeguarding board');
  });

  test('a slip of a board the catalogue lists is still a did-you-mean, not a new board', () => {
    unknown('Essex Safeguarding Board');
    assert.equal(catalogue.suggest('Essex Safeguarding Board')?.entry.name, 'Essex Safeguarding Adults Board');
  });

  test('not the form: no capitalised area, or another kind of board', () => {
    unknown('Acme Housing Safeguarding Forum');
    unknown('Safeguarding Board');
  });
});

describe('CSP brand forms map to the CSP of their place', () => {
  test('examples', () => {
    assert.equal(recognised('Safe Wirral Partnership').name, 'Wirral Community Safety Partnership');
    assert.equal(recognised('Safer Communities Barnsley').name, 'Barnsley Community Safety Partnership');
    assert.equal(recognised('Suffolk County Community Safety Partnership').name, 'Suffolk Community Safety Partnership');
  });

  test('a brand form around a place the catalogue does not know stays unknown', () => {
    unknown('Safe Narnia Partnership');
    unknown('Safer Communities Gondor');
    unknown('Antrim County Community Safety Partnership');
  });
});

describe('sentence-case service descriptions are collective addressees', () => {
  test('examples', () => {
    for (const written of [
      'Residential rehabilitation services',
      'Specialist perinatal mental health teams in Leeds',
      'Night shelters and food banks in Bristol',
      'Sexual health clinics',
    ]) {
      assert.equal(recognised(written).kind, 'collective', written);
    }
  });

  test('named bodies, people and a known place in sentence case are not descriptions', () => {
    unknown('Acme Recovery Project');
    unknown('Brightpath');
    unknown('Ms Okafor, Named Nurse for Safeguarding Children');
    unknown('Essex safeguarding board');
    unknown('Harbour outreach'); // one lower-case word could be a shortened name
    unknown('Westshire youth trust'); // a name typed in lower case: a trust is a body, not a kind of provision
  });
});

describe('local branches of national federations and charities commonly addressed', () => {
  test('branches by the forms their national entry lists', () => {
    assert.deepEqual(recognised('Citizens Advice Calderdale'), {
      name: 'Citizens Advice Calderdale',
      kind: 'voluntary sector',
      area: 'Calderdale',
    });
    assert.equal(recognised('Citizens Advice Mid Mersey').area, 'Mid Mersey');
    assert.equal(recognised('Citizens Advice Sefton and Knowsley').area, 'Sefton and Knowsley');
    assert.equal(recognised('Age UK Wirral').area, 'Wirral');
    assert.equal(recognised('Leeds Mind').area, 'Leeds');
    assert.equal(recognised('Mind in Salford').area, 'Salford');
  });

  test('the national charities themselves', () => {
    assert.equal(recognised('Operation Courage').name, 'Op COURAGE');
    assert.equal(recognised('Action on Elder Abuse').name, 'Hourglass');
  });

  test('not a branch: no place, or a brand word after an unknown word', () => {
    unknown('Citizens Advice for tenants');
    unknown('Body Mind');
  });
});

describe('out of scope bodies stay unknown', () => {
  test("Northern Ireland's bodies, individuals and small local providers", () => {
    unknown('Northern Health and Social Care Trust');
    unknown('Public Prosecution Service for Northern Ireland');
    unknown('Dr Patel, Designated Doctor');
    unknown('Harbourside Wellbeing CIC');
  });
});
