// The examples' diagnostics reach VS Code, on the right words.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, settledDiagnostics, waitForDiagnostics } from './support/diagnostics';
import { openExample, rangeOf } from './support/extension';

function findAt(list: readonly vscode.Diagnostic[], code: string, range: vscode.Range): vscode.Diagnostic | undefined {
  return list.find((d) => codeOf(d) === code && d.range.isEqual(range));
}

describe('diagnostics', () => {
  it('marks the mistakes in examples/mistakes.review.yaml on the words that are wrong', async () => {
    const { document } = await openExample('mistakes.review.yaml');
    const expected: Array<[code: string, range: vscode.Range]> = [
      ['schema/unknown-field', rangeOf(document, 'numbr')],
      ['schema/invalid-value', rangeOf(document, '2023-8', 'published:')],
      ['schema/invalid-value', rangeOf(document, 'SCR', 'reviewType:')],
      ['schema/invalid-value', rangeOf(document, 'http://example.org/westshire-dhr.pdf')],
    ];
    const list = await waitForDiagnostics(
      document.uri,
      (current) => expected.every(([code, range]) => findAt(current, code, range)),
      expected.map(([code, range]) => `${code} at ${range.start.line + 1}:${range.start.character + 1}`).join(', '),
    );
    const unknownField = findAt(list, 'schema/unknown-field', expected[0]![1])!;
    assert.equal(unknownField.severity, vscode.DiagnosticSeverity.Error);
    assert.match(unknownField.message, /Did you mean `number`\?/);
  });

  it('reports nothing for examples/uttlesford.review.yaml, the real published page', async () => {
    const { document } = await openExample('uttlesford.review.yaml');
    const list = await settledDiagnostics(document);
    assert.deepEqual(list, [], `expected no diagnostics, got:\n  ${describeDiagnostics(list)}`);
    assert.equal(document.isDirty, false);
  });
});
