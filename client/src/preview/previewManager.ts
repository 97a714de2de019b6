// Keeps the previews: one per document, plus (at most) one unlocked preview that follows the
// active summary editor. Opens them from the commands and revives them after a window reload.
import { Uri, ViewColumn, window, type ExtensionContext, type TextEditor, type WebviewPanel } from 'vscode';
import type { PageSource } from './pageSource';
import { isPreviewState, type ProbeAction, type ProbeSnapshot } from '../../../common/protocol/previewMessages';
import { previewViewType, previewWebviewOptions, SummaryPreview } from './summaryPreview';

export const summaryLanguageId = 'review-summary';

export class PreviewManager {
  private readonly previews = new Set<SummaryPreview>();
  /** The preview the user last had focused (for "Toggle Preview Lock" and export from a preview). */
  private activePreview: SummaryPreview | undefined;

  constructor(
    private readonly context: ExtensionContext,
    private readonly source: PageSource,
  ) {
    context.subscriptions.push(
      window.onDidChangeActiveTextEditor((editor) => this.followEditor(editor)),
      window.registerWebviewPanelSerializer(previewViewType, {
        deserializeWebviewPanel: async (panel: WebviewPanel, state: unknown) => this.revive(panel, state),
      }),
      { dispose: () => [...this.previews].forEach((p) => p.dispose()) },
    );
  }

  /** "Open Preview" / "Open Preview to the Side" for a summary (the active editor's by default). */
  open(resource: Uri | undefined, sideBySide: boolean): void {
    const uri = resource ?? this.activeSummaryUri();
    if (!uri) {
      void window.showInformationMessage('Open a review summary (*.review.yaml) to preview it.');
      return;
    }
    const column = sideBySide ? ViewColumn.Beside : (window.activeTextEditor?.viewColumn ?? ViewColumn.Active);
    const existing = this.findFor(uri);
    if (existing) {
      existing.reveal(existing.panel.viewColumn ?? column, sideBySide);
      return;
    }
    const following = [...this.previews].find((p) => !p.locked);
    if (following) {
      following.retarget(uri);
      following.reveal(following.panel.viewColumn ?? column, sideBySide);
      return;
    }
    const panel = window.createWebviewPanel(
      previewViewType,
      'Preview',
      { viewColumn: column, preserveFocus: sideBySide },
      { ...previewWebviewOptions(this.context.extensionUri), enableFindWidget: true },
    );
    const line =
      window.activeTextEditor?.document.uri.toString() === uri.toString()
        ? window.activeTextEditor.visibleRanges[0]?.start.line
        : undefined;
    this.track(new SummaryPreview(panel, uri, false, this.source, this.context.extensionUri, line));
  }

  toggleLock(): void {
    const preview = this.activePreview;
    if (!preview) return;
    if (preview.locked) {
      // Unlocking makes it the following preview; an older following one gives way.
      for (const other of this.previews) if (other !== preview && !other.locked) other.dispose();
    }
    preview.setLocked(!preview.locked);
  }

  describe(): Array<{ resource: string; locked: boolean; visible: boolean; version: number }> {
    return [...this.previews].map((p) => ({
      resource: p.resource.toString(),
      locked: p.locked,
      visible: p.panel.visible,
      version: p.shownVersion,
    }));
  }

  /** Test hook: probes the preview of `resource` (undefined when there is none or it does not answer). */
  async probe(resource: string, action: ProbeAction, selector?: string, y?: number): Promise<ProbeSnapshot | undefined> {
    return [...this.previews].find((p) => p.resource.toString() === resource)?.probe(action, selector, y);
  }

  /** The summary shown by the focused preview, if a preview has focus. */
  focusedPreviewResource(): Uri | undefined {
    return this.activePreview?.panel.active ? this.activePreview.resource : undefined;
  }

  private async revive(panel: WebviewPanel, state: unknown): Promise<void> {
    if (!isPreviewState(state)) {
      panel.dispose();
      return;
    }
    let resource: Uri;
    try {
      resource = Uri.parse(state.resource, true);
    } catch {
      panel.dispose();
      return;
    }
    if (this.findFor(resource) || (!state.locked && [...this.previews].some((p) => !p.locked))) {
      panel.dispose();
      return;
    }
    this.track(new SummaryPreview(panel, resource, state.locked, this.source, this.context.extensionUri, state.line));
  }

  private track(preview: SummaryPreview): void {
    this.previews.add(preview);
    this.activePreview = preview;
    preview.panel.onDidChangeViewState(() => {
      if (preview.panel.active) this.activePreview = preview;
    });
    preview.onDidDispose(() => {
      this.previews.delete(preview);
      if (this.activePreview === preview) this.activePreview = undefined;
    });
  }

  /** The unlocked preview shows whichever summary the user is editing, unless it has its own. */
  private followEditor(editor: TextEditor | undefined): void {
    if (!editor || editor.document.languageId !== summaryLanguageId) return;
    const uri = editor.document.uri;
    if (this.findFor(uri)) return;
    const following = [...this.previews].find((p) => !p.locked);
    following?.retarget(uri);
  }

  private findFor(uri: Uri): SummaryPreview | undefined {
    return [...this.previews].find((p) => p.resource.toString() === uri.toString());
  }

  private activeSummaryUri(): Uri | undefined {
    const editor = window.activeTextEditor;
    if (editor?.document.languageId === summaryLanguageId) return editor.document.uri;
    return this.focusedPreviewResource();
  }
}
