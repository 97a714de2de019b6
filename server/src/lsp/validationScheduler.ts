/**
 * Runs a document's validation a short while after its last edit. A newer edit replaces the
 * pending run, so typing never waits on the checker and a stale result is never published.
 */
export class ValidationScheduler {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private delayMs: number,
    private readonly run: (uri: string) => void,
  ) {}

  setDelay(delayMs: number): void {
    this.delayMs = Math.max(0, delayMs);
  }

  schedule(uri: string): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.pending.delete(uri);
      this.run(uri);
    }, this.delayMs);
    this.pending.set(uri, timer);
  }

  cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
