// The suite's test files, in the order they run (activation first), shared by the Node hosts
// (index.ts, which adds the server-restart test last) and the browser host (web.ts).
export function loadTestFiles(): void {
  require('./activation.e2e');
  require('./diagnostics.e2e');
  require('./cli.e2e');
  require('./quickFix.e2e');
  require('./completion.e2e');
  require('./hover.e2e');
  require('./symbols.e2e');
  require('./preview.e2e');
  require('./previewSync.e2e');
}
