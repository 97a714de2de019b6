import type { TextFinding } from './textFinding';

/**
 * Results of the text analysis, remembered per (policy, text). An edit changes one scalar, so the
 * next check finds every other scalar's text here and analyses only the changed one. Bounded:
 * the oldest entries go first (a Map iterates in insertion order).
 */
export class AnalysisMemo {
  private readonly entries = new Map<string, TextFinding[]>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 50_000) {}

  get(policyKey: string, text: string, compute: () => TextFinding[]): TextFinding[] {
    const key = `${policyKey}\u0000${text}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      // Refresh its place so texts still in use outlive edited-away ones.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    this.misses++;
    const result = compute();
    this.entries.set(key, result);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return result;
  }

  clear(): void {
    this.entries.clear();
    this.hits = 0;
    this.misses = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The memo the service's redaction check uses (one per process: server or CLI). */
export const sharedMemo = new AnalysisMemo();
