import { readFileSync } from 'node:fs';

/**
 * Expected diagnostics written inside a fixture, next to what they point at:
 *
 *   published: 2023-8
 *   #          ^^^^^^ schema/invalid-value        carets under the line above
 *   # @0-9 schema/unknown-field                   columns on the line above (for column 0)
 *   # expect yaml/syntax 12:4-12:9                 anywhere: 1-based lines, 0-based columns
 *
 * "The line above" is the nearest line above that is not itself an annotation. Columns count
 * UTF-16 code units, as LSP does. Inside block scalars (where `#` is text) use the third form
 * after the scalar ends.
 */
export interface Expected {
  rule: string;
  start: { line: number; character: number };
  end: { line: number; character: number };
}

const caretForm = /^(\s*#)(\s*)(\^+)\s+(\S+)\s*$/;
const columnForm = /^\s*#\s*@(\d+)-(\d+)\s+(\S+)\s*$/;
const absoluteForm = /^\s*#\s*expect\s+(\S+)\s+(\d+):(\d+)-(\d+):(\d+)\s*$/;

export function readExpectations(text: string): Expected[] {
  const lines = text.split(/\r?\n/);
  const expected: Expected[] = [];
  let target = -1;
  lines.forEach((line, index) => {
    const caret = caretForm.exec(line);
    const column = columnForm.exec(line);
    const absolute = absoluteForm.exec(line);
    if (caret) {
      const startCol = caret[1].length + caret[2].length;
      expected.push({
        rule: caret[4],
        start: { line: target, character: startCol },
        end: { line: target, character: startCol + caret[3].length },
      });
    } else if (column) {
      expected.push({
        rule: column[3],
        start: { line: target, character: Number(column[1]) },
        end: { line: target, character: Number(column[2]) },
      });
    } else if (absolute) {
      expected.push({
        rule: absolute[1],
        start: { line: Number(absolute[2]) - 1, character: Number(absolute[3]) },
        end: { line: Number(absolute[4]) - 1, character: Number(absolute[5]) },
      });
    } else {
      target = index;
    }
  });
  return expected;
}

export function readFixture(path: string): { text: string; expected: Expected[] } {
  const text = readFileSync(path, 'utf8');
  return { text, expected: readExpectations(text) };
}

export function formatExpected(e: Expected): string {
  return `${e.rule} ${e.start.line + 1}:${e.start.character}-${e.end.line + 1}:${e.end.character}`;
}
