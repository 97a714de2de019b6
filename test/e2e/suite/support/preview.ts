// Waiting on the preview: polling with a deadline (the webview's state has no event the extension
// host can subscribe to), never a fixed sleep.
import * as vscode from 'vscode';

export interface PreviewInfo {
  resource: string;
  locked: boolean;
  visible: boolean;
  version: number;
}

const previewViewType = 'reviewSummaries.preview';

export async function previews(): Promise<PreviewInfo[]> {
  return (await vscode.commands.executeCommand<PreviewInfo[]>('reviewSummaries.previewState')) ?? [];
}

export function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(previewViewType));
}

export async function closePreviews(): Promise<void> {
  for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first defined, non-false value `probe` gives; fails after `timeoutMs` (`what` may say what is there instead). */
export async function until<T>(
  what: string | (() => Promise<string> | string),
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : await what()}`);
    await pause(100);
  }
}

/**
 * The value `read` settles on: the same for `quietMs` in a row (a feedback loop never settles, and
 * fails here after `timeoutMs`). The quiet window is the observation, not a synchronisation sleep.
 */
export async function settled<T>(what: string, read: () => Promise<T> | T, quietMs = 1000, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  let value = await read();
  let since = Date.now();
  for (;;) {
    await pause(100);
    const next = await read();
    if (JSON.stringify(next) !== JSON.stringify(value)) {
      value = next;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return value;
    }
    if (Date.now() - started > timeoutMs)
      throw new Error(`${what}: still changing after ${timeoutMs / 1000} s (last ${JSON.stringify(value)})`);
  }
}
