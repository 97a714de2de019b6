import { CodeActionKind, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic, DiagnosticRelatedInformation, WorkspaceEdit } from 'vscode-languageserver-types';
import type { CheckedFinding } from '../check/runChecks';
import type { DocumentState } from '../documentState';
import type { Severity } from '../types';

export const diagnosticSource = 'review-summary';

const severityToLsp: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: CheckedFinding, state: DocumentState): Diagnostic {
  const diagnostic: Diagnostic = {
    range: state.rangeOf(finding),
    severity: severityToLsp[finding.severity],
    code: finding.rule,
    source: diagnosticSource,
    message: finding.message,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related): DiagnosticRelatedInformation => ({
      location: { uri: state.uri, range: state.rangeOf(related) },
      message: related.message,
    }));
  }
  if (finding.tags?.length) {
    diagnostic.tags = finding.tags.map((tag) => (tag === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  }
  return diagnostic;
}

/**
 * Each fix becomes a quick fix whose edit names the document version it was computed for, so an
 * edit computed before the user typed more is refused by the client instead of misapplied.
 */
export function toCodeActions(findings: readonly CheckedFinding[], state: DocumentState): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    for (const fix of finding.fixes ?? []) {
      const key = `${fix.title}|${JSON.stringify(fix.edits)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [toDiagnostic(finding, state)] };
      if (fix.preferred) action.isPreferred = true;
      if (fix.edits.length > 0 || fix.fileEdits?.length) {
        const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
        if (fix.edits.length > 0) {
          documentChanges.push({
            textDocument: { uri: state.uri, version: state.version },
            edits: fix.edits.map((edit) => ({ range: state.rangeOf(edit), newText: edit.newText })),
          });
        }
        for (const edit of fix.fileEdits ?? []) {
          if (edit.create) documentChanges.push({ kind: 'create', uri: edit.uri, options: { ignoreIfExists: true } });
          documentChanges.push({
            textDocument: { uri: edit.uri, version: null },
            edits: [{ range: { start: edit.position, end: edit.position }, newText: edit.newText }],
          });
        }
        action.edit = { documentChanges };
      }
      if (fix.command) action.command = fix.command;
      actions.push(action);
    }
  }
  return actions;
}
