// Hovering a key shows what the format says about it (the schema's description).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
// Bundled with the suite (the extension's own copy is the same file): a browser's extension host cannot read the extension's folder with fs.
import schemaJson from '../../../schemas/review-summary.schema.json';
import { openExample, rangeOf } from './support/extension';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('hover', () => {
  it('on a key shows the schema description of that field', async () => {
    const schema = schemaJson as unknown as { properties: Record<string, { description?: string }> };
    const { document } = await openExample('uttlesford.review.yaml');
    for (const key of ['published', 'yearOfDeath', 'recommendations']) {
      const description = schema.properties[key]?.description;
      assert.ok(description, `the schema describes \`${key}\``);
      const keyRange = rangeOf(document, `${key}:`);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        keyRange.start.translate(0, 1),
      );
      assert.ok(
        hoverText(hovers).includes(description),
        `hover on \`${key}\` should include "${description}", got:\n${hoverText(hovers) || '(no hover)'}`,
      );
    }
  });
});
