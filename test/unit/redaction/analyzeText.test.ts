import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeText } from '../../../server/src/service/redaction/analyzeText';
import { AnalysisMemo } from '../../../server/src/service/redaction/memo';
import { sha256Hex } from '../../../server/src/service/redaction/normalize';
import { nameData } from '../../../server/src/service/redaction/nameData';
import { readPolicy } from '../../../server/src/service/redaction/policy';
import { emptyWorkspace } from '../../../server/src/service/workspace';

const found = (value: string, redaction: Record<string, unknown> = {}) =>
  analyzeText(value, readPolicy({ redaction }, emptyWorkspace), nameData()).map((f) => `${f.kind}:${value.slice(f.start, f.end)}`);

describe('redaction analysis of one text', () => {
  test('declared names: parts, possessives, hashes of 1..4 words, not inside words', () => {
    assert.deepEqual(found("Smith's car. Annual review with Ann. Jane’s GP.", { names: ['Jane Smith', 'Ann'] }), [
      'declared-name:Smith',
      'declared-name:Ann',
      'declared-name:Jane',
    ]);
    assert.deepEqual(found('Mary Ann Jones attended.', { names: [`sha256:${sha256Hex('mary ann jones')}`] }), [
      'declared-name:Mary Ann Jones',
    ]);
  });

  test('a declared part that is an ordinary word is found only when capitalised', () => {
    assert.deepEqual(found('He will attend. Will attended.', { names: ['Will Turner'] }), ['declared-name:Will']);
  });

  test('codes are matched whole, never by their parts', () => {
    assert.deepEqual(found('Adult C and an adult child.', { names: ['Adult C'] }), ['declared-name:Adult C']);
  });

  test('allowed text hides names but not identifiers', () => {
    assert.deepEqual(found('Seen at Grace Road Surgery, 07700 900123.', { allow: ['Grace Road Surgery'] }), ['phone:07700 900123']);
  });

  test('an identifier that contains a declared name is reported as the identifier', () => {
    assert.deepEqual(found('Write to jane.smith@example.com today.', { names: ['Jane'] }), ['email:jane.smith@example.com']);
  });

  test('person names: general signals, not the corpus words', () => {
    assert.deepEqual(found('Professor Patel and Dr. Amir Khan met Tom Jones; Sophie was 12.'), [
      'person-name:Professor Patel',
      'person-name:Dr. Amir Khan',
      'person-name:Tom Jones',
      'person-name:Sophie',
    ]);
    assert.deepEqual(found('The victim met John at a party. KAREN attended.'), ['person-name:John', 'person-name:KAREN']);
  });

  test('an initial before a surname that is also a word, but not a capital that is a label', () => {
    assert.deepEqual(found('A. Smith was seen. J. R. Smith was the GP, and K. Wood a nurse.'), [
      'person-name:A. Smith',
      'person-name:J. R. Smith',
      'person-name:K. Wood',
    ]);
    for (const text of [
      'As described in Appendix B. Local agencies agreed.',
      'She lacked Vitamin D. Staff noticed.',
      'It was marked with an X. Officers found it.',
      'The review used Option C. Health visitors agreed.',
      'I. Introduction to the review.',
      'Contact W. Yorkshire Police.',
      'It was rated Grade A. The police were told.',
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });

  test('not names: statutes, eponyms, institutions, places, months, ordinary words, acronyms', () => {
    assert.deepEqual(
      found("Helen's Law, Down's syndrome, Queen Elizabeth Hospital, St Mary's, Reading, May 2020, a frank talk, MARAC and DASH."),
      [],
    );
    assert.deepEqual(found('Will the review help? Grace periods apply. Faith groups were told.'), []);
  });

  test('an initial makes a surname of a word that is also a place; a compass initial does not', () => {
    assert.deepEqual(found('The police knew J. Thornton well, and R. Okonkwo too.'), ['person-name:J. Thornton', 'person-name:R. Okonkwo']);
    assert.deepEqual(found('She moved from N. Yorkshire to S. Wales.'), []);
  });

  test('ranks, apostrophes in surnames, names in capitals, names from many origins', () => {
    assert.deepEqual(found("Ms O'Brien and PC Jenkins met DS Morgan of the Public Protection Unit."), [
      "person-name:Ms O'Brien",
      'person-name:PC Jenkins',
      'person-name:DS Morgan',
    ]);
    assert.deepEqual(found('JOHN and MARY DAVIES lived together.'), ['person-name:JOHN', 'person-name:MARY DAVIES']);
    assert.deepEqual(found("Kwame's employer noticed; Oluwaseun, his cousin, and Wojciech Kowalski said nothing."), [
      'person-name:Kwame',
      'person-name:Oluwaseun',
      'person-name:Wojciech Kowalski',
    ]);
  });

  test('agencies, languages, festivals and titled bodies are not people', () => {
    const prose = [
      "The Crown Prosecution Service, Jobcentre Plus, Citizens Advice, Women's Aid, SafeLives and Victim Support were told.",
      "She spoke Polish, Urdu and Sylheti, and celebrated Eid, Ramadan and New Year's Eve.",
      "The Police and Crime Commissioner met staff at the Crown Court and the Magistrates' Court.",
      'Universal Credit and Personal Independence Payment were stopped; Greater Manchester Police attended.',
    ];
    for (const text of prose) assert.deepEqual(found(text), [], text);
  });

  test('identifiers: dates of birth by context, years and ages are clean', () => {
    assert.deepEqual(found('Born on 2 June 1990, she was aged 31 in 2021.'), ['date-of-birth:2 June 1990']);
    assert.deepEqual(found('Reference DHR/2021/04 and the Care Act 2014.'), []);
  });
});

describe('analysis memo', () => {
  test('a text is analysed once per policy', () => {
    const memo = new AnalysisMemo(2);
    let runs = 0;
    const compute = () => (runs++, []);
    memo.get('p', 'a', compute);
    memo.get('p', 'a', compute);
    memo.get('q', 'a', compute);
    assert.equal(runs, 2);
    memo.get('p', 'b', compute);
    memo.get('p', 'c', compute);
    assert.equal(memo.size, 2);
  });
});
