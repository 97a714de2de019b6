import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { agencySpellingKey } from '../../../server/src/service/library/agencyKey';
import { checkLibrary, type LibraryMember, libraryRuleIds } from '../../../server/src/service/library/libraryChecks';
import { extractSummaryFacts } from '../../../server/src/service/library/summaryFacts';
import { parseSummary } from '../../../server/src/service/parse/parseSummary';

/** Places are plain labels here: the check never looks inside them. */
function member(file: string, csp: string, published: string, url: string, agencies: string[]): LibraryMember<string> {
  return {
    file,
    facts: {
      csp: { value: csp, at: `${file}#csp` },
      published: { value: published, at: `${file}#published` },
      sourceUrl: { value: url, at: `${file}#url` },
      agencies: agencies.map((value, i) => ({ value, at: `${file}#agency${i}` })),
    },
  };
}

describe('library checks (pure)', () => {
  test('spellings of one agency share a key; different agencies do not', () => {
    const key = agencySpellingKey('Essex Safeguarding Adults Board');
    for (const variant of ["essex safeguarding adults' board", 'The Essex  Safeguarding Adults Board', 'Essex Safeguarding Adults Board.'])
      assert.equal(agencySpellingKey(variant), key, variant);
    assert.equal(agencySpellingKey('Children & Families'), agencySpellingKey('children and families'));
    assert.equal(agencySpellingKey('Zoë Services'), agencySpellingKey('Zoe Services'));
    assert.notEqual(agencySpellingKey('Essex Police'), agencySpellingKey('Kent Police'));
  });

  test('a third summary of one review names both others; a different month is a different review', () => {
    const findings = checkLibrary([
      member('a', 'Westshire', '2023-08', 'https://example.org/w.pdf', []),
      member('b', 'Westshire ', '2023-08', 'https://example.org/w.pdf#page=2', []),
      member('c', 'WESTSHIRE', '2023-08', 'https://example.org/w.pdf', []),
      member('d', 'Westshire', '2023-09', 'https://example.org/w.pdf', []),
    ]);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.file, f.at, f.related.map((r) => r.file)]),
      [
        [libraryRuleIds.duplicateReview, 'b', 'b#csp', ['a', 'c']],
        [libraryRuleIds.duplicateReview, 'c', 'c#csp', ['a', 'b']],
      ],
    );
  });

  test('one agency written three ways: one finding on the first less-used spelling, every other place related', () => {
    const findings = checkLibrary([
      member('a', 'A', '2023-01', 'https://example.org/a.pdf', ['Westshire Police', 'Westshire police']),
      member('b', 'B', '2023-01', 'https://example.org/b.pdf', ['Westshire Police']),
      member('c', 'C', '2023-01', 'https://example.org/c.pdf', ['WESTSHIRE POLICE', 'Kent Police']),
    ]);
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding.at, 'a#agency1');
    assert.match(
      finding.message,
      /^"Westshire Police" is written 3 ways across the library: "Westshire Police" \(2 places\), "Westshire police" \(1 place\), "WESTSHIRE POLICE" \(1 place\)/,
    );
    assert.deepEqual(
      finding.related.map((r) => r.at),
      ['a#agency0', 'b#agency0', 'c#agency0'],
    );
  });

  test('facts are read from a parsed summary with their spans; odd shapes give what there is', () => {
    const text =
      'csp: Westshire\npublished: 2023-08\nsource:\n  url: https://example.org/w.pdf\nrecommendations:\n  - addressedTo: [Westshire Police, 42, [nested]]\n  - addressedTo: Kent Police\n  - just text\n';
    const facts = extractSummaryFacts(parseSummary(text));
    assert.deepEqual(facts.csp, { value: 'Westshire', at: { start: 5, end: 14 } });
    assert.equal(facts.sourceUrl?.value, 'https://example.org/w.pdf');
    assert.deepEqual(
      facts.agencies.map((a) => a.value),
      ['Westshire Police', '42', 'Kent Police'],
    );
    assert.deepEqual(extractSummaryFacts(parseSummary('- a list\n')), { agencies: [] });
  });
});
