// Where VS Code puts a line revealed "at the top" of an editor, which scroll sync has to allow for.
import { workspace, type TextDocument } from 'vscode';

/**
 * How many lines above a line revealed "at the top" VS Code may show: it keeps room for the sticky
 * scroll header (and the cursor's surrounding lines), so the line lands just below them.
 */
export function revealSlack(document: TextDocument): number {
  const config = workspace.getConfiguration('editor', document);
  const sticky = config.get<boolean>('stickyScroll.enabled', false) ? config.get<number>('stickyScroll.maxLineCount', 5) : 0;
  return sticky + config.get<number>('cursorSurroundingLines', 0);
}
