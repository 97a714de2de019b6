import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../../server/src/service/languageService';
import { distinctiveWords, titleMentionsCsp } from '../../../../server/src/service/rules/consistency/cspName';
import { shortSummaryProblem, consistencyRuleIds } from '../../../../server/src/service/rules/consistency/consistencyRules';

function summary(fields: { title?: string; csp?: string; published?: string; yearOfDeath?: string; summary?: string }): string {
  return [
    `title: ${fields.title ?? 'Uttlesford review'}`,
    `csp: ${fields.csp ?? 'Uttlesford'}`,
    `published: ${fields.published ?? '2023-08'}`,
    `yearOfDeath: ${fields.yearOfDeath ?? '2020'}`,
    'source:',
    '  url: https://example.org/report.pdf',
    `summary: ${fields.summary ?? 'The review found that agencies did not share what they knew.'}`,
    'recommendations:',
    '  - number: 1',
    '    text: All agencies involved in this review should share risk information.',
    '    addressedTo: [All agencies involved in this review]',
    '',
  ].join('\n');
}

function consistencyFindings(text: string, now?: Date) {
  const service = createLanguageService({ settings: now ? { now } : {} });
  return service
    .findings({ uri: 'file:///c.review.yaml', version: 1, getText: () => text })
    .filter((f) => f.rule.startsWith('consistency/'));
}

describe('consistency rules', () => {
  test('the clock is injected: the same month is fine, the next one is in the future', () => {
    const june = new Date('2024-06-30T23:59:59Z');
    assert.deepEqual(consistencyFindings(summary({ published: '2024-06' }), june), []);
    const [future] = consistencyFindings(summary({ published: '2024-07' }), june);
    assert.equal(future.rule, consistencyRuleIds.futurePublication);
    assert.equal(future.message, 'The publication month 2024-07 is in the future (it is now 2024-06)');
    assert.deepEqual(consistencyFindings(summary({ published: '2024-07' }), new Date('2024-07-01T00:00:00Z')), []);
  });

  test('without an injected clock the real date is used', () => {
    const now = new Date();
    const nextYear = `${now.getUTCFullYear() + 1}-01`;
    assert.deepEqual(
      consistencyFindings(summary({ published: nextYear })).map((f) => f.rule),
      [consistencyRuleIds.futurePublication],
    );
  });

  test('a death after the publication year points at the publication month', () => {
    const text = summary({ published: '2021-03', yearOfDeath: '2022' });
    const [finding] = consistencyFindings(text, new Date('2024-01-01'));
    assert.equal(finding.rule, consistencyRuleIds.deathAfterPublication);
    assert.equal(text.slice(finding.start, finding.end), '2022');
    assert.equal(text.slice(finding.related![0].start, finding.related![0].end), '2021-03');
    assert.deepEqual(
      consistencyFindings(summary({ published: '2022-01', yearOfDeath: '2022' }), new Date('2024-01-01')),
      [],
      'the same year is possible',
    );
  });

  test('titles and CSPs: normalised, generic words dropped, whole words only', () => {
    const cases: Array<[string, string, boolean]> = [
      ['Uttlesford review', 'Uttlesford', true],
      ['uttlesford REVIEW', 'Uttlesford', true],
      ['Uttlesford review', 'Uttlesford Community Safety Partnership', true],
      ['Uttlesford review', 'Uttlesford CSP', true],
      ['Brighton and Hove review', 'Brighton & Hove', true],
      ['St Helens review', 'St. Helens', true],
      ["King's Lynn and West Norfolk review", 'Kings Lynn and West Norfolk', true],
      ['Ynys Môn review', 'Ynys Mon', true],
      ['Hackney review', 'London Borough of Hackney', true],
      ['Safer Hackney review', 'Hackney', true],
      ['Stoke-on-Trent review', 'Stoke on Trent', true],
      ['Braintree review', 'Uttlesford', false],
      ['Hullbridge review', 'Hull', false],
      ['West Suffolk review', 'Western Suffolk', false],
      ['Anything at all', 'Community Safety Partnership', true],
    ];
    for (const [title, csp, expected] of cases) assert.equal(titleMentionsCsp(title, csp), expected, `${title} / ${csp}`);
    assert.deepEqual(distinctiveWords('The Royal Borough of Kingston upon Thames Community Safety Partnership'), [
      'kingston',
      'upon',
      'thames',
    ]);
  });

  test('a title without the CSP is underlined on the title, linked to the csp', () => {
    const text = summary({ title: 'Braintree review' });
    const [finding] = consistencyFindings(text, new Date('2024-01-01'));
    assert.equal(finding.rule, consistencyRuleIds.titleWithoutCsp);
    assert.equal(text.slice(finding.start, finding.end), 'Braintree review');
    assert.equal(text.slice(finding.related![0].start, finding.related![0].end), 'Uttlesford');
    assert.equal(finding.message, 'The title does not mention the CSP "Uttlesford"; library titles read "Uttlesford review"');
  });

  test('a summary shorter than one sentence: too few words, or no sentence end', () => {
    assert.match(shortSummaryProblem('See the report.')!, /^The summary has 3 words/);
    assert.match(shortSummaryProblem('One word')!, /has 2 words/);
    assert.equal(
      shortSummaryProblem('The review found that agencies did not share what they knew'),
      'The summary is not a complete sentence: it has no full stop, question or exclamation mark',
    );
    assert.equal(shortSummaryProblem('The review found that agencies did not share what they knew.'), undefined);
    assert.equal(shortSummaryProblem('Did the agencies involved share what they knew about the risk?'), undefined);
    assert.equal(shortSummaryProblem('The review found that agencies "did not share what they knew."'), undefined);
    assert.equal(shortSummaryProblem('The review found failures (in assessment and in coordination).'), undefined);
    assert.equal(
      shortSummaryProblem('– – – – – – – – – – one two three.'),
      'The summary has 3 words; it should say in at least one full sentence (8 words or more) what the review found',
      'punctuation is not words',
    );
  });
});

describe('title fix', () => {
  const apply = (text: string): string => {
    const [finding] = consistencyFindings(text, new Date('2024-01-01'));
    const fix = finding.fixes![0];
    assert.match(fix.title, /^Use ".+ review" as the title$/);
    let out = text;
    for (const edit of [...fix.edits].sort((a, b) => b.start - a.start))
      out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
    assert.deepEqual(consistencyFindings(out, new Date('2024-01-01')), [], 'the title then mentions the CSP');
    return out.split('\n')[0];
  };

  test('the title is rewritten as "<csp> review", in its own quoting', () => {
    assert.equal(apply(summary({ title: 'Braintree review' })), 'title: Uttlesford review');
    assert.equal(apply(summary({ title: '"Braintree review"' })), 'title: "Uttlesford review"');
    assert.equal(apply(summary({ title: "'Braintree review'" })), "title: 'Uttlesford review'");
  });

  test('a CSP that could not stand as a plain value is quoted', () => {
    assert.equal(apply(summary({ title: 'Braintree review', csp: "'#Hashtag: Town'" })), 'title: "#Hashtag: Town review"');
    assert.equal(apply(summary({ title: "'Braintree review'", csp: '"King\'s Lynn"' })), "title: 'King''s Lynn review'");
  });
});
