// Checking one edited recommendation instead of the whole file must give exactly the findings of
// a whole-file check: random edit sequences on generated and example files, each version checked
// both ways (fast-check), plus a long run of keystrokes in a 1,000-recommendation file.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createLanguageService } from '../../../server/src/service/languageService';
import { textChange } from '../../../server/src/service/incremental/textDiff';
import { chunkTable } from '../../../server/src/service/incremental/recommendationChunks';
import { windowedContext } from '../../../server/src/service/incremental/windowedPosition';
import { parseSummary } from '../../../server/src/service/parse/parseSummary';
import { positionContext } from '../../../server/src/service/parse/positionContext';
import { generateSummary } from '../../support/generateSummary';
import { applyEdit, bases, commentedSummary, editArbitrary, messySummary, proseOffsets } from '../../support/incrementalEdits';

const uri = 'file:///incremental/summary.review.yaml';

function wholeFileFindings(text: string): unknown {
  return JSON.parse(JSON.stringify(createLanguageService().findings({ uri, version: 1, getText: () => text })));
}

describe('incremental checking equals a whole-file check', () => {
  test('the changed region between two texts', () => {
    assert.equal(textChange('abc', 'abc'), undefined);
    assert.deepEqual(textChange('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
    assert.deepEqual(textChange('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, newEnd: 5 });
    const long = 'x'.repeat(5000);
    assert.deepEqual(textChange(long + 'a' + long, long + long), { start: 5000, oldEnd: 5001, newEnd: 5000 });
  });

  test('random edit sequences on example and generated files', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.constantFrom(...bases.keys()), fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (base, edits) => {
        const service = createLanguageService({ collectCheckCounts: true });
        let text = bases[base];
        let version = 1;
        service.findings({ uri, version, getText: () => text });
        for (const edit of edits) {
          text = applyEdit(text, edit);
          version++;
          const current = text;
          const incremental = JSON.parse(JSON.stringify(service.findings({ uri, version, getText: () => current })));
          assert.deepEqual(incremental, wholeFileFindings(current), `after ${JSON.stringify(edit)}`);
        }
        fast += service.checkCounts.fast;
        if (process.env.INCREMENTAL_REPORT) console.log(JSON.stringify(service.checkCounts));
      }),
      // INCREMENTAL_SEED and INCREMENTAL_RUNS explore further (the suite's run is fixed, to be repeatable).
      { numRuns: Number(process.env.INCREMENTAL_RUNS ?? 400), seed: Number(process.env.INCREMENTAL_SEED ?? 20261126) },
    );
    // The sequences did exercise the fast path (not only the whole-file fallback).
    assert.ok(fast > 300, `only ${fast} edits took the fast path`);
  });

  test('typing in one recommendation of a 1,000-recommendation file takes the fast path every time', () => {
    let text = generateSummary({ recommendations: 1000, seed: 1000 });
    const service = createLanguageService({ collectCheckCounts: true });
    service.findings({ uri, version: 1, getText: () => text });
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > lines.indexOf('  - number: 500') && /^ {6,}[A-Za-z]/.test(l));
    let at = lines.slice(0, line + 1).join('\n').length;
    // Plain prose: a name typed in makes a finding whose fixes reach across the file (full check).
    const typed = ' and the board agreed to it.';
    for (let i = 0; i < typed.length; i++) {
      text = text.slice(0, at) + typed[i] + text.slice(at);
      at++;
      const current = text;
      service.findings({ uri, version: i + 2, getText: () => current });
    }
    assert.equal(service.checkCounts.full, 1);
    assert.equal(service.checkCounts.fast, typed.length);
    assert.deepEqual(
      JSON.parse(JSON.stringify(service.findings({ uri, version: typed.length + 1, getText: () => text }))),
      wholeFileFindings(text),
    );
  });

  test('typing above a name finding (its fixes carry a command with a range) stays fast, and the range moves', () => {
    let text = generateSummary({ recommendations: 40, seed: 3 }).replace(
      '  - number: 30\n    text: >-\n      ',
      '  - number: 30\n    text: >-\n      Jane Smith said that ',
    );
    const service = createLanguageService({ collectCheckCounts: true });
    const first = service.findings({ uri, version: 1, getText: () => text });
    const commandRange = (findings: typeof first): unknown =>
      findings.flatMap((f) => f.fixes ?? []).find((fix) => fix.command)?.command?.arguments?.[0];
    assert.ok(commandRange(first), 'the name finding offers the typed-role command');
    let at = proseOffsets(text)[10];
    for (const typed of ' shared'.split('')) {
      text = text.slice(0, at) + typed + text.slice(at);
      at++;
    }
    const current = text;
    const findings = service.findings({ uri, version: 2, getText: () => current });
    assert.equal(service.checkCounts.fast, 1);
    assert.deepEqual(commandRange(findings), { start: text.indexOf('Jane Smith'), end: text.indexOf('Jane Smith') + 'Jane Smith'.length });
    assert.deepEqual(JSON.parse(JSON.stringify(findings)), wholeFileFindings(text));
  });

  test('which edits are checked from their recommendation, and why the others are not', () => {
    const replaceAfter = (text: string, after: string, find: string, replacement: string): string => {
      const at = text.indexOf(find, text.indexOf(after));
      return text.slice(0, at) + replacement + text.slice(at + find.length);
    };
    const base = commentedSummary(9, 5);
    // Numbers and agencies are judged across the list: a base whose comments do not silence those rules.
    const plain = messySummary(9, 5);
    const cases: Array<{ name: string; edit: (text: string) => string; expect: string; on?: string }> = [
      { name: 'prose', edit: (t) => t.replace('to confirm with', 'to confirm promptly with'), expect: 'fast' },
      { name: 'a part label', edit: (t) => replaceAfter(t, '  - number: 7\n', '      - label: b\n', '      - label: c\n'), expect: 'fast' },
      {
        name: 'a field the format does not have',
        edit: (t) => t.replace('  - number: 7\n', '  - number: 7\n    note: extra\n'),
        expect: 'fast',
      },
      { name: 'a number', edit: (t) => t.replace('  - number: 7\n', '  - number: 17\n'), expect: 'fast', on: plain },
      { name: 'an agency', edit: (t) => t.replace('      - EPUT\n', '      - Essex Police\n'), expect: 'fast', on: plain },
      {
        name: 'a new recommendation at the end of the list',
        edit: (t) => t.replace('redaction:\n', '  - number: 10\n    text: New.\n    addressedTo: [Essex Police]\nredaction:\n'),
        expect: 'fast',
        on: plain,
      },
      {
        name: 'a recommendation deleted',
        edit: (t) => t.slice(0, t.indexOf('  - number: 5\n')) + t.slice(t.indexOf('  - number: 6\n')),
        expect: 'fast',
        on: plain,
      },
      {
        name: 'two recommendations joined',
        edit: (t) => t.replace(/\n {2}- number: 6\n/, ' '),
        expect: 'window-not-recommendations',
        on: plain,
      },
      {
        name: 'a number in a file whose comments silence a numbering rule',
        edit: (t) => t.replace('  - number: 8\n', '  - number: 18\n'),
        expect: 'suppression-comment',
      },
      {
        name: 'a new recommendation typed inside one, before others with findings naming their position',
        edit: (t) => t.replace('  - number: 7\n', '  - number: 7\n    text: New.\n    addressedTo: [Essex Police]\n  - number: 8\n'),
        expect: 'positions-shifted',
        on: plain.replace('  - number: 9\n', '  - number: 9\n    note: extra\n'),
      },
      {
        name: 'a line moved to column 0 inside a recommendation',
        edit: (t) => t.replace('  - number: 7\n', '  - number: 7\nnote: x\n'),
        expect: 'window-not-recommendations',
      },
      {
        name: 'below a disable-next-line comment',
        edit: (t) => t.replace('  - number: 4\n    text: >-\n      ', '  - number: 4\n    text: >-\n      Also '),
        expect: 'suppression-comment',
      },
      {
        name: 'a top-level field',
        edit: (t) => t.replace('yearOfDeath: 2020', 'yearOfDeath: 2021'),
        expect: 'outside-the-recommendations',
      },
    ];
    for (const { name, edit, expect, on = base } of cases) {
      const service = createLanguageService({ collectCheckCounts: true });
      service.findings({ uri, version: 1, getText: () => on });
      const edited = edit(on);
      assert.notEqual(edited, on, `${name}: the edit applies`);
      const findings = service.findings({ uri, version: 2, getText: () => edited });
      const how = service.checkCounts.fast === 1 ? 'fast' : Object.keys(service.checkCounts.fallbacks).join(', ');
      assert.equal(how, expect, name);
      assert.deepEqual(JSON.parse(JSON.stringify(findings)), wholeFileFindings(edited), `${name}: same findings as a whole-file check`);
    }
  });

  test('completion right after an edit checks it from its recommendation (once: the diagnostics reuse it), never the whole file', () => {
    let text = generateSummary({ recommendations: 200, seed: 5 });
    const service = createLanguageService({ collectCheckCounts: true });
    service.findings({ uri, version: 1, getText: () => text });
    const at = proseOffsets(text)[40];
    text = text.slice(0, at) + ' shared' + text.slice(at);
    const prose = { uri, version: 2, getText: () => text };
    service.complete(prose, service.state(prose).positionAt(at + 7));
    assert.deepEqual([service.checkCounts.fast, service.checkCounts.full], [1, 1], 'checked from the recommendation by completion');
    service.validate(prose);
    assert.deepEqual([service.checkCounts.fast, service.checkCounts.full], [1, 1], 'the diagnostics come from that check');
    // A number changed is judged again across the list from each recommendation's facts: still one window.
    const renumbered = text.replace('  - number: 7\n', '  - number: 70\n');
    const edited = { uri, version: 3, getText: () => renumbered };
    service.complete(edited, service.state(edited).positionAt(renumbered.indexOf('number: 70') + 10));
    assert.deepEqual([service.checkCounts.fast, service.checkCounts.full], [2, 1]);
    assert.deepEqual(JSON.parse(JSON.stringify(service.findings(edited))), wholeFileFindings(renumbered));
    // A top-level field needs the whole file: completion leaves that to the diagnostics, which try the window once.
    const retitled = renumbered.replace('title: ', 'title: The ');
    const top = { uri, version: 4, getText: () => retitled };
    service.complete(top, service.state(top).positionAt(retitled.indexOf('The ') + 4));
    assert.deepEqual([service.checkCounts.fast, service.checkCounts.full], [2, 1]);
    assert.deepEqual(JSON.parse(JSON.stringify(service.findings(top))), wholeFileFindings(retitled));
    assert.deepEqual(
      service.checkCounts.fallbacks,
      { 'outside-the-recommendations': 1 },
      'the window was tried once, not again for the diagnostics',
    );
  });

  test('completion context from one recommendation equals the whole-file one', () => {
    let windowed = 0;
    const typing = ['', 'E', 'Essex P', '"Ess', "'", '- ', '- Ess', 'numb', '\n      - ', '\n    ', '\n    addr', ': ', ', ', '[Es'];
    fc.assert(
      fc.property(fc.constantFrom(...bases.keys()), fc.nat(), fc.constantFrom(...typing), (base, pick, typed) => {
        const original = bases[base];
        const at = pick % (original.length + 1);
        const text = original.slice(0, at) + typed + original.slice(at);
        const table = chunkTable(parseSummary(text));
        if (!table) return;
        const offset = at + typed.length;
        const fromWindow = windowedContext(text, offset, table);
        if (!fromWindow) return;
        windowed++;
        assert.deepEqual(fromWindow, positionContext(text, offset));
      }),
      { numRuns: 600, seed: 7 },
    );
    assert.ok(windowed > 100, `only ${windowed} positions were answered from a window`);
  });
});
