// One preview panel: shows the page of one summary, keeps it live while the user types, and syncs
// scrolling with the editor. The page itself comes from the language server (PageSource).
import {
  Disposable,
  env,
  Position,
  Range,
  Selection,
  TextEditorRevealType,
  Uri,
  ViewColumn,
  window,
  workspace,
  type TextEditor,
  type WebviewPanel,
  type WebviewOptions,
} from 'vscode';
import type { RenderedPage, RenderResult } from '../../../common/page/renderTypes';
import { OwnReveals } from './ownReveals';
import type { PageSource } from './pageSource';
import { revealSlack } from './revealSlack';
import {
  isFromWebview,
  type FromWebview,
  type OutOfDate,
  type ProbeAction,
  type ProbeSnapshot,
  type ToWebview,
} from '../../../common/protocol/previewMessages';
import { createNonce, previewShellHtml } from './previewShell';
import { Throttle } from './throttle';

export const previewViewType = 'reviewSummaries.preview';
/** Live updates wait at most this long after a keystroke. */
export const updateInterval = 300;

/** The webview options of every preview: scripts on (ours only), local files only from media/. */
export function previewWebviewOptions(extensionUri: Uri): WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [Uri.joinPath(extensionUri, 'media')] };
}

export class SummaryPreview {
  private readonly disposables: Disposable[] = [];
  private readonly throttle: Throttle;
  private lastGood: RenderedPage | undefined;
  private lastVersion = -1;
  /**
   * A hidden webview is destroyed (no retainContextWhenHidden), and VS Code rebuilds it from the
   * last full document: so the page is reloaded in full when it is shown again, never while shown.
   */
  private wasVisible: boolean;
  /** The source line at the top of the page, to keep the position across full reloads. */
  private line: number | undefined;
  /** Editor scrolls that we caused (the page asked the editor to move): never echoed back. */
  private readonly ownReveals = new OwnReveals();
  private disposed = false;
  /** Test hook: probes sent to the webview and waiting for its answer (see ProbeRequest). */
  private readonly pendingProbes = new Map<number, (snapshot: ProbeSnapshot) => void>();
  private nextProbeId = 1;
  private readonly onDisposeListeners: Array<() => void> = [];

  constructor(
    readonly panel: WebviewPanel,
    private resourceUri: Uri,
    private lockedState: boolean,
    private readonly source: PageSource,
    private readonly extensionUri: Uri,
    line?: number,
  ) {
    this.line = line;
    // A panel revived in a background tab is hidden: it gets its document when first shown.
    this.wasVisible = panel.visible;
    this.throttle = new Throttle(updateInterval, () => this.update());
    panel.webview.options = previewWebviewOptions(extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => {
        if (panel.visible && !this.wasVisible) void this.loadFull();
        this.wasVisible = panel.visible;
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        // The webview is a separate, less trusted context: anything not exactly expected is dropped.
        if (isFromWebview(message)) void this.onMessage(message);
      }),
      workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === this.resourceUri.toString() && event.contentChanges.length > 0) this.throttle.trigger();
      }),
      window.onDidChangeTextEditorVisibleRanges((event) => this.onEditorScrolled(event.textEditor)),
    );
    this.updateTitle();
    void this.loadFull();
  }

  get resource(): Uri {
    return this.resourceUri;
  }

  get locked(): boolean {
    return this.lockedState;
  }

  /** The document version of the last page or banner sent to the webview. */
  get shownVersion(): number {
    return this.lastVersion;
  }

  onDidDispose(listener: () => void): void {
    this.onDisposeListeners.push(listener);
  }

  /** Shows another summary (the preview follows the active editor while unlocked). */
  retarget(resource: Uri): void {
    if (resource.toString() === this.resourceUri.toString()) return;
    this.resourceUri = resource;
    this.lastGood = undefined;
    this.lastVersion = -1;
    this.line = window.visibleTextEditors.find((e) => e.document.uri.toString() === resource.toString())?.visibleRanges[0]?.start.line;
    this.updateTitle();
    void this.loadFull();
  }

  setLocked(locked: boolean): void {
    this.lockedState = locked;
    this.updateTitle();
    this.post({ type: 'setLocked', resource: this.resourceUri.toString(), locked });
  }

  reveal(viewColumn?: ViewColumn, preserveFocus = false): void {
    this.panel.reveal(viewColumn, preserveFocus);
  }

  /** Test hook: asks the webview to act and report (undefined if it does not answer in time). */
  probe(action: ProbeAction, selector = '', y = 0, timeoutMs = 2000): Promise<ProbeSnapshot | undefined> {
    const id = this.nextProbeId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pendingProbes.delete(id);
        resolve(undefined);
      }, timeoutMs);
      this.pendingProbes.set(id, (snapshot) => {
        clearTimeout(timer);
        this.pendingProbes.delete(id);
        resolve(snapshot);
      });
      this.post({ type: 'probe', id, action, selector, y });
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.throttle.dispose();
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    for (const listener of this.onDisposeListeners) listener();
  }

  /** Sets the whole webview document: on open, on retarget, and when shown again after hiding. */
  private async loadFull(): Promise<void> {
    const resource = this.resourceUri;
    const result = await this.renderNow();
    if (this.disposed || resource.toString() !== this.resourceUri.toString()) return;
    if (!this.panel.visible) return;
    const page = result?.page ?? this.lastGood;
    const outOfDate = outOfDateOf(result);
    const webview = this.panel.webview;
    webview.html = previewShellHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(Uri.joinPath(this.extensionUri, 'media', 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(Uri.joinPath(this.extensionUri, 'media', 'preview.css')).toString(),
      title: page?.title ?? this.panel.title,
      pageHtml: page?.html,
      statusHtml: page?.statusHtml ?? '',
      settings: {
        resource: resource.toString(),
        locked: this.lockedState,
        line: this.line,
        version: result?.version ?? 0,
        sourceMap: page?.sourceMap ?? [],
        outOfDate:
          outOfDate ??
          (result ? undefined : { reason: 'the summary is not open, or the language server is not running.', line: 0, character: 0 }),
      },
    });
  }

  /** A live update: the new page is posted and patched in place (scroll position and focus hold). */
  private async update(): Promise<void> {
    if (!this.panel.visible) return;
    const result = await this.renderNow();
    if (!result || this.disposed) return;
    const document = workspace.textDocuments.find((d) => d.uri.toString() === this.resourceUri.toString());
    // The user typed again while the server rendered: that change has its own update coming.
    if (document && result.version < document.version) this.throttle.trigger();
    if (result.page) {
      this.post({
        type: 'update',
        version: result.version,
        html: result.page.html,
        statusHtml: result.page.statusHtml,
        sourceMap: result.page.sourceMap,
        title: result.page.title,
      });
    } else if (result.outOfDate) {
      const where = result.outOfDate.range.start;
      this.post({
        type: 'outOfDate',
        version: result.version,
        reason: result.outOfDate.reason,
        line: where.line,
        character: where.character,
      });
    }
  }

  /** Asks the server for the page of the current text; remembers the last one that rendered. */
  private async renderNow(): Promise<RenderResult | null> {
    const uri = this.resourceUri.toString();
    let result: RenderResult | null;
    try {
      // Opening the document makes the language client send it to the server (after a reload).
      await workspace.openTextDocument(this.resourceUri);
      result = await this.source.render(uri);
    } catch {
      return null;
    }
    if (!result || result.uri !== uri || result.version < this.lastVersion) return result && result.uri === uri ? result : null;
    this.lastVersion = result.version;
    if (result.page) this.lastGood = result.page;
    return result;
  }

  private post(message: ToWebview): void {
    if (this.panel.visible) void this.panel.webview.postMessage(message);
  }

  private async onMessage(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'revealLine': {
        this.line = message.line;
        for (const editor of this.sourceEditors()) {
          const line = Math.floor(message.line);
          this.ownReveals.add(line);
          editor.revealRange(new Range(line, 0, line, 0), TextEditorRevealType.AtTop);
        }
        break;
      }
      case 'reveal': {
        const position = new Position(message.line, message.character);
        const column = this.sourceEditors()[0]?.viewColumn ?? ViewColumn.One;
        const document = await workspace.openTextDocument(this.resourceUri);
        const editor = await window.showTextDocument(document, {
          viewColumn: column,
          preserveFocus: false,
          selection: message.select ? new Selection(position, position) : undefined,
        });
        editor.revealRange(new Range(position, position), TextEditorRevealType.InCenterIfOutsideViewport);
        if (!message.select) editor.selection = new Selection(position, position);
        break;
      }
      case 'probeResult': {
        let snapshot: ProbeSnapshot;
        try {
          snapshot = JSON.parse(message.json) as ProbeSnapshot;
        } catch {
          return;
        }
        this.pendingProbes.get(message.id)?.(snapshot);
        break;
      }
      case 'openLink': {
        let uri: Uri;
        try {
          uri = Uri.parse(message.href, true);
        } catch {
          return;
        }
        // Only https links open, and always outside VS Code.
        if (uri.scheme === 'https') await env.openExternal(uri);
        break;
      }
    }
  }

  private onEditorScrolled(editor: TextEditor): void {
    if (editor.document.uri.toString() !== this.resourceUri.toString()) return;
    const top = editor.visibleRanges[0]?.start.line;
    if (top === undefined) return;
    if (this.ownReveals.take(top, revealSlack(editor.document))) return;
    this.line = top;
    this.post({ type: 'scrollToLine', line: top });
  }

  private sourceEditors(): TextEditor[] {
    return window.visibleTextEditors.filter((e) => e.document.uri.toString() === this.resourceUri.toString());
  }

  private updateTitle(): void {
    const name = this.resourceUri.path.slice(this.resourceUri.path.lastIndexOf('/') + 1);
    this.panel.title = this.lockedState ? `[Preview] ${name}` : `Preview ${name}`;
  }
}

function outOfDateOf(result: RenderResult | null): OutOfDate | undefined {
  if (!result?.outOfDate) return undefined;
  const where = result.outOfDate.range.start;
  return { reason: result.outOfDate.reason, line: where.line, character: where.character };
}
