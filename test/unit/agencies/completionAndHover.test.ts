import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { parse } from 'yaml';
import { builtinEntries } from '../../../server/src/service/agencies/builtinCatalogue';
import { DocumentState } from '../../../server/src/service/documentState';
import { createLanguageService, type LanguageServiceOptions } from '../../../server/src/service/languageService';

const head =
  'title: Uttlesford review\ncsp: Uttlesford\npublished: 2023-08\nrecommendations:\n  - number: 1\n    text: t\n    addressedTo:\n';

/** Completion at the `|` of `source`; returns the items and a way to apply one. */
function complete(source: string, options: LanguageServiceOptions = {}, uri = 'file:///ws/a.review.yaml') {
  const offset = source.indexOf('|');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const document = { uri, version: 1, getText: () => text };
  const service = createLanguageService(options);
  const state = new DocumentState(document);
  const list = service.complete(document, state.positionAt(offset));
  const apply = (item: CompletionItem): string => {
    const edit = item.textEdit as TextEdit;
    const span = state.spanOf(edit.range);
    return text.slice(0, span.start) + edit.newText + text.slice(span.end);
  };
  return { items: list.items, list, apply, labels: list.items.map((i) => i.label) };
}

function hover(source: string, options: LanguageServiceOptions = {}, uri = 'file:///ws/a.review.yaml'): string | undefined {
  const offset = source.indexOf('|');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const document = { uri, version: 1, getText: () => text };
  const result = createLanguageService(options).hover(document, new DocumentState(document).positionAt(offset));
  return result ? (result.contents as MarkupContent).value : undefined;
}

describe('completion of agency names', () => {
  test('"adults board" finds Essex Safeguarding Adults Board first, replacing the typed words', () => {
    const { items, apply, list } = complete(`${head}      - adults board|\n`);
    assert.equal(items[0].label, 'Essex Safeguarding Adults Board');
    assert.equal(apply(items[0]), `${head}      - Essex Safeguarding Adults Board\n`);
    assert.equal(list.isIncomplete, true, 'the server filters agency names, so it is asked again');
    assert.equal(items[0].labelDetails?.detail, ' (ESAB)');
    assert.equal(items[0].labelDetails?.description, 'safeguarding board');
  });

  test('an abbreviation typed in full puts its agency first', () => {
    const { items, apply } = complete(`${head}      - EPUT|\n`);
    assert.equal(items[0].label, 'Essex Partnership University NHS Foundation Trust');
    assert.equal(apply(items[0]), `${head}      - Essex Partnership University NHS Foundation Trust\n`);
  });

  test('best matches first: a name that starts with the text before one that only contains its words', () => {
    const { labels } = complete(`${head}      - essex s|\n`);
    assert.deepEqual(labels.slice(0, 2), ['Essex Safeguarding Adults Board', 'Essex Safeguarding Children Partnership']);
    assert.ok(labels.indexOf('Southend, Essex and Thurrock Domestic Abuse Board') > 1);
  });

  test('a name with a comma is quoted in a flow list, and plain in a block list', () => {
    const flowHead = head.replace('    addressedTo:\n', '');
    const flow = complete(`${flowHead}    addressedTo: [EPUT, SETDAB|]\n`);
    assert.equal(flow.items[0].label, 'Southend, Essex and Thurrock Domestic Abuse Board');
    const flowText = flow.apply(flow.items[0]);
    assert.equal(flowText, `${flowHead}    addressedTo: [EPUT, "Southend, Essex and Thurrock Domestic Abuse Board"]\n`);
    assert.deepEqual((parse(flowText) as { recommendations: Array<{ addressedTo: string[] }> }).recommendations[0].addressedTo, [
      'EPUT',
      'Southend, Essex and Thurrock Domestic Abuse Board',
    ]);
    const block = complete(`${head}      - SETDAB|\n`);
    assert.equal(block.apply(block.items[0]), `${head}      - Southend, Essex and Thurrock Domestic Abuse Board\n`);
  });

  test('inside quotes the quotes stay', () => {
    const { items, apply } = complete(`${head}      - "esab|"\n`);
    assert.equal(apply(items[0]), `${head}      - "Essex Safeguarding Adults Board"\n`);
  });

  test('an empty item offers the collective addressees first', () => {
    const { labels, items } = complete(`${head}      - |\n`);
    const collectives = builtinEntries.filter((entry) => entry.kind === 'collective').map((entry) => entry.name);
    assert.ok(
      labels.slice(0, 5).every((label) => collectives.includes(label)),
      labels.slice(0, 5).join(', '),
    );
    assert.ok(items.length <= 60);
  });

  test('right after "addressedTo:" a block list is started at the right indentation', () => {
    const base = head.replace('    addressedTo:\n', '');
    const { items, apply } = complete(`${base}    addressedTo: ESAB|\n`);
    assert.equal(apply(items[0]), `${base}    addressedTo:\n      - Essex Safeguarding Adults Board\n`);
  });

  test('with CRLF line ends the inserted line break is CRLF', () => {
    const base = head.replace('    addressedTo:\n', '').replace(/\n/g, '\r\n');
    const { items, apply } = complete(`${base}    addressedTo: ESAB|\r\n`);
    assert.equal(apply(items[0]), `${base}    addressedTo:\r\n      - Essex Safeguarding Adults Board\r\n`);
  });

  test('workspace catalogue entries are offered too', () => {
    const options = {
      workspace: {
        agencyCatalogues: [
          {
            uri: 'file:///ws/review-summaries.agencies.yaml',
            text: 'agencies:\n  - name: Westshire Police\n    kind: police\n    abbreviations: [WP]\n',
          },
        ],
      },
    };
    const { items } = complete(`${head}      - WP|\n`, options);
    assert.equal(items[0].label, 'Westshire Police');
  });

  test('csp completes place names of CSPs', () => {
    const { items, apply } = complete('title: x\ncsp: Uttles|\n');
    assert.equal(items[0].label, 'Uttlesford');
    assert.equal(items[0].detail, 'Uttlesford Community Safety Partnership');
    assert.equal(apply(items[0]), 'title: x\ncsp: Uttlesford\n');
    const western = complete('csp: western suf|\n');
    assert.equal(western.items[0].label, 'Western Suffolk');
  });

  test('text fields offer no agency names', () => {
    assert.deepEqual(complete(`${head.replace('text: t', 'text: Ess|')}`).labels, []);
  });
});

describe('completion of keys and enum values from the schema', () => {
  test('an empty file offers every top-level key, required first, with structure', () => {
    const { items, apply } = complete('|');
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('title') && labels.includes('recommendations') && labels.includes('reviewType'));
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.ok(
      sorted.findIndex((i) => i.label === 'reviewType') > sorted.findIndex((i) => i.label === 'summary'),
      'optional after required',
    );
    assert.equal(apply(items.find((i) => i.label === 'source')!), 'source:\n  url: ');
    assert.equal(apply(items.find((i) => i.label === 'recommendations')!), 'recommendations:\n  - number: ');
    assert.equal(apply(items.find((i) => i.label === 'title')!), 'title: ');
    const documentation = items.find((i) => i.label === 'yearOfDeath')!.documentation as MarkupContent;
    assert.match(documentation.value, /\*\*Year of death\*\*/);
    assert.match(documentation.value, /a full date of death identifies people/);
  });

  test('only the missing keys of the mapping at the position', () => {
    const { labels } = complete('title: x\ncsp: y\n|\n');
    assert.ok(!labels.includes('title') && !labels.includes('csp'));
    assert.ok(labels.includes('published'));
  });

  test('an empty line in a recommendation offers its missing keys at its indentation', () => {
    const { items, apply } = complete('recommendations:\n  - number: 1\n    |\n');
    assert.deepEqual(items.map((i) => i.label).sort(), ['addressedTo', 'parts', 'text']);
    assert.equal(apply(items.find((i) => i.label === 'addressedTo')!), 'recommendations:\n  - number: 1\n    addressedTo:\n      - \n');
    assert.equal(apply(items.find((i) => i.label === 'parts')!), 'recommendations:\n  - number: 1\n    parts:\n      - label: \n');
  });

  test('a new recommendation item offers the recommendation keys after "- "', () => {
    const { items, apply } = complete('recommendations:\n  - number: 1\n    text: a\n    addressedTo: [ESAB]\n  - n|\n');
    const number = items.find((i) => i.label === 'number')!;
    assert.equal(apply(number), 'recommendations:\n  - number: 1\n    text: a\n    addressedTo: [ESAB]\n  - number: \n');
  });

  test('renaming a key that has its colon inserts the name only', () => {
    const { items, apply } = complete('sou|rce:\n  url: https://example.org/a.pdf\n');
    assert.equal(apply(items.find((i) => i.label === 'source')!), 'source:\n  url: https://example.org/a.pdf\n');
  });

  test('reviewType offers its enum values with the description', () => {
    const { items, apply } = complete('title: x\nreviewType: |\n');
    assert.deepEqual(
      items.map((i) => i.label),
      ['DHR', 'DARDR'],
    );
    assert.equal(apply(items[1]), 'title: x\nreviewType: DARDR\n');
    assert.match((items[0].documentation as MarkupContent).value, /domestic homicide review/);
  });

  test('"reviewType:" with no space gets one inserted', () => {
    const { items, apply } = complete('reviewType:|');
    assert.equal(apply(items[0]), 'reviewType: DHR');
  });

  test('in a workspace catalogue file, keys and kinds come from its own schema', () => {
    const uri = 'file:///ws/review-summaries.agencies.yaml';
    const keys = complete('agencies:\n  - name: Westshire Police\n    |\n', {}, uri);
    assert.ok(keys.labels.includes('kind') && keys.labels.includes('abbreviations'));
    assert.ok(!keys.labels.includes('name'));
    const kinds = complete('agencies:\n  - name: Westshire Police\n    kind: po|\n', {}, uri);
    assert.ok(kinds.labels.includes('police') && kinds.labels.includes('NHS trust'));
  });
});

describe('hover', () => {
  test('on an abbreviation: canonical name, abbreviation, kind, area, source and how it was written', () => {
    const markdown = hover(`${head}      - EP|UT\n`)!;
    assert.match(markdown, /\*\*Essex Partnership University NHS Foundation Trust\*\* \(EPUT\)/);
    assert.match(markdown, /NHS trust · Essex/);
    assert.match(markdown, /Source: built-in catalogue/);
    assert.match(markdown, /Written here as "EPUT" \(an abbreviation\)/);
  });

  test('on a collective form of a known agency: the form and the agency', () => {
    const markdown = hover(`${head}      - Commissioners of Essex Partnership| University NHS Foundation Trust\n`)!;
    assert.match(markdown, /collective/);
    assert.match(markdown, /\*\*Essex Partnership University NHS Foundation Trust\*\*/);
  });

  test('on an entry from the workspace catalogue: names the file', () => {
    const options = {
      workspace: {
        agencyCatalogues: [
          {
            uri: 'file:///ws/review-summaries.agencies.yaml',
            text: 'agencies:\n  - name: Westshire Police\n    kind: police\n    area: Westshire\n',
          },
        ],
      },
    };
    const markdown = hover(`${head}      - Westshire Pol|ice\n`, options)!;
    assert.match(markdown, /police · Westshire/);
    assert.match(markdown, /workspace catalogue `review-summaries.agencies.yaml`/);
  });

  test('on csp: the partnership, with the authority it comes from', () => {
    const markdown = hover('csp: Uttles|ford\n')!;
    assert.match(markdown, /\*\*Uttlesford Community Safety Partnership\*\* \(Uttlesford CSP\)/);
    assert.match(markdown, /Uttlesford District Council/);
    assert.match(markdown, /mySociety/);
  });

  test('on a key: the schema title and description', () => {
    const markdown = hover('title: x\nyearOf|Death: 2020\n')!;
    assert.match(markdown, /\*\*Year of death\*\* \(`yearOfDeath`\)/);
    assert.match(markdown, /a year only/i);
    assert.match(hover(`${head.replace('    addressedTo:\n', '')}    addressed|To: [ESAB]\n`)!, /\*\*Addressed to\*\*/);
  });

  test('on a key whose description has <placeholders>: they are escaped, not dropped as HTML tags', () => {
    const markdown = hover('tit|le: Uttlesford review\n')!;
    assert.match(markdown, /usually "\\<CSP\\> review"/);
  });

  test('on an unknown agency or plain text: nothing', () => {
    assert.equal(hover(`${head}      - Grace Road Sur|gery\n`), undefined);
    assert.equal(hover('title: Uttles|ford review\n'), undefined);
  });
});
