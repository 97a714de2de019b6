// Waiting for the language server's diagnostics through VS Code's own event, never a fixed sleep:
// a test subscribes first, then looks at what is there, then waits for the change it expects.
import * as vscode from 'vscode';
import { revert } from './extension';

export const diagnosticsTimeoutMs = 20_000;

interface PlainRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** A diagnostic as plain data, in the shape the CLI's `--format json` prints. */
export interface PlainDiagnostic {
  range: PlainRange;
  severity: string;
  code: string;
  message: string;
  /** Other places that explain the finding; only present when there are some. */
  related?: Array<{ file: string; range: PlainRange; message: string }>;
}

function plainRange({ start, end }: vscode.Range): PlainRange {
  return { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } };
}

const severityNames: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : (code ?? ''));
}

export function plain(diagnostic: vscode.Diagnostic): PlainDiagnostic {
  const related = diagnostic.relatedInformation ?? [];
  return {
    range: plainRange(diagnostic.range),
    severity: severityNames[diagnostic.severity],
    code: codeOf(diagnostic),
    message: diagnostic.message,
    ...(related.length
      ? { related: related.map((r) => ({ file: r.location.uri.fsPath, range: plainRange(r.location.range), message: r.message })) }
      : {}),
  };
}

export function sortPlain(list: PlainDiagnostic[]): PlainDiagnostic[] {
  const key = (d: PlainDiagnostic) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
  return [...list].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
  });
}

export function describeDiagnostics(list: readonly vscode.Diagnostic[]): string {
  if (list.length === 0) return '(none)';
  return list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`).join('\n  ');
}

/**
 * Resolves with the diagnostics of `uri` as soon as `accept` likes them (now, or after a
 * diagnostics change event); rejects after `timeoutMs` saying what it was waiting for and what
 * it saw last.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  waitingFor: string,
  timeoutMs = diagnosticsTimeoutMs,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      subscription.dispose();
      outcome();
    };
    const look = () => {
      const current = vscode.languages.getDiagnostics(uri);
      if (accept(current)) finish(() => resolve(current));
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) look();
    });
    const timer = setTimeout(() => {
      const last = vscode.languages.getDiagnostics(uri);
      finish(() =>
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${waitingFor} in ${uri.path}; last diagnostics:\n  ${describeDiagnostics(last)}`,
          ),
        ),
      );
    }, timeoutMs);
    look();
  });
}

const probeKey = 'e2eProbeField';

/**
 * The diagnostics of the document's current text, known to come from the server. An empty list
 * is the state before the server has spoken too, so this appends a top-level field the format
 * does not have, waits for the server to flag it, removes it again, and waits for the flag to go:
 * the diagnostics then belong to the document as it is. The edit is undone, and the file left clean.
 */
export async function settledDiagnostics(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  const wasDirty = document.isDirty;
  const text = document.getText();
  const endsWithBreak = text.length === 0 || text.endsWith('\n');
  const probeLine = endsWithBreak ? document.lineCount - 1 : document.lineCount;
  const end = document.positionAt(text.length);
  const insertion = `${endsWithBreak ? '' : '\n'}${probeKey}: 1\n`;
  const isProbe = (d: vscode.Diagnostic) => d.range.start.line === probeLine && codeOf(d) === 'schema/unknown-field';

  try {
    const add = new vscode.WorkspaceEdit();
    add.insert(document.uri, end, insertion);
    if (!(await vscode.workspace.applyEdit(add))) throw new Error('could not add the probe field');
    try {
      await waitForDiagnostics(document.uri, (list) => list.some(isProbe), `the server to flag the probe field on line ${probeLine + 1}`);
    } finally {
      // Taken out again whatever happened, so a failure here cannot spill into the next test.
      const remove = new vscode.WorkspaceEdit();
      remove.delete(document.uri, new vscode.Range(end, document.positionAt(document.getText().length)));
      if (!(await vscode.workspace.applyEdit(remove)) || document.getText() !== text)
        throw new Error('could not remove the probe field again');
    }
    return await waitForDiagnostics(document.uri, (list) => !list.some(isProbe), 'the probe field diagnostic to go');
  } finally {
    if (!wasDirty) await revert(document);
  }
}
