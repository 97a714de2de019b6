// Hovering a key shows what the format says about it (the schema's description).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { extensionUnderTest, openExample, rangeOf } from './support/extension';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('hover', () => {
  it('on a key shows the schema description of that field', async () => {
    const schemaFile = path.join(extensionUnderTest().extensionPath, 'schemas', 'review-summary.schema.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { properties: Record<string, { description?: string }> };
    const { document } = await openExample('uttlesford.review.yaml');
    for (const key of ['published', 'yearOfDeath', 'recommendations']) {
      const description = schema.properties[key]?.description;
      assert.ok(description, `the schema describes \`${key}\``);
      const keyRange = rangeOf(document, `${key}:`);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, keyRange.start.translate(0, 1));
      assert.ok(hoverText(hovers).includes(description), `hover on \`${key}\` should include "${description}", got:\n${hoverText(hovers) || '(no hover)'}`);
    }
  });
});
