import { CodeActionKind, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
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
    diagnostic.relatedInformation = finding.related.map(
      (related): DiagnosticRelatedInformation => ({ location: { uri: state.uri, range: state.rangeOf(related) }, message: related.message }),
    );
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
      if (fix.edits.length > 0) {
        action.edit = {
          documentChanges: [
            {
              textDocument: { uri: state.uri, version: state.version },
              edits: fix.edits.map((edit) => ({ range: state.rangeOf(edit), newText: edit.newText })),
            },
          ],
        };
      }
      if (fix.command) action.command = fix.command;
      actions.push(action);
    }
  }
  return actions;
}
