// Placing a finding (a span of the YAML source) on the rendered text (the scalar's value).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSummary, nodeAtPath } from '../../../server/src/service/parse/parseSummary';
import { marksIn } from '../../../server/src/service/render/textMarks';

function textAt(source: string, key: string) {
  const node = nodeAtPath(parseSummary(source).document?.contents, [key]) as { value: string; range: [number, number, number] };
  return { text: String(node.value), span: { start: node.range[0], end: node.range[1] }, node };
}

function markedWords(source: string, key: string, word: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = source.indexOf(word, start + 1);
  const text = textAt(source, key);
  const marks = marksIn(text, source, [{ start, end: start + word.length, index: 7, message: 'm', severity: 'error' }]);
  return marks.map((m) => text.text.slice(m.from, m.to));
}

test('a name on one line of a folded text is marked on that word', () => {
  const source = 'summary: >-\n  Jane met the worker;\n  later Jane left.\n';
  assert.deepEqual(markedWords(source, 'summary', 'Jane', 1), ['Jane']);
  const text = textAt(source, 'summary');
  const second = source.indexOf('Jane', source.indexOf('Jane') + 1);
  const [mark] = marksIn(text, source, [{ start: second, end: second + 4, index: 0, message: 'm', severity: 'error' }]);
  assert.equal(mark.from, text.text.lastIndexOf('Jane'), 'the second occurrence, not the first');
});

test('a name broken over a folded line is one mark across the space', () => {
  const source = 'summary: >-\n  The victim, Jane\n  Smith, was known.\n';
  const start = source.indexOf('Jane');
  const end = source.indexOf('Smith') + 5;
  const text = textAt(source, 'summary');
  const [mark] = marksIn(text, source, [{ start, end, index: 0, message: 'm', severity: 'error' }]);
  assert.equal(text.text.slice(mark.from, mark.to), 'Jane Smith');
});

test('quoted texts: found through quotes and escapes, on exactly the characters shown', () => {
  assert.deepEqual(markedWords('title: "Review of Jane\'s case"\n', 'title', 'Jane'), ['Jane']);
  assert.deepEqual(markedWords("title: 'It''s Jane''s case'\n", 'title', 'Jane'), ['Jane']);
  const source = 'title: "Review of \\u004Aane"\n';
  const start = source.indexOf('\\u004Aane');
  const text = textAt(source, 'title');
  const [mark] = marksIn(text, source, [{ start, end: start + '\\u004Aane'.length, index: 0, message: 'm', severity: 'error' }]);
  assert.equal(text.text.slice(mark.from, mark.to), 'Jane');
});

test('a value that is not a string (a number) is matched by its words', () => {
  const source = 'csp: 12345\n';
  assert.deepEqual(markedWords(source, 'csp', '12345'), ['12345']);
});

test('findings outside the text are not its marks', () => {
  const source = 'title: Anytown review\ncsp: Jane\n';
  const start = source.indexOf('Jane');
  assert.deepEqual(marksIn(textAt(source, 'title'), source, [{ start, end: start + 4, index: 0, message: 'm', severity: 'error' }]), []);
});
