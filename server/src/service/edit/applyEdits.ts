/** Applies offset edits to the text (for the CLI's --fix and the tests); edits must not overlap. */
export function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; newText: string }>): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
