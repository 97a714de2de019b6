// Runs a task at most once per interval: a burst of calls (keystrokes) becomes one run, never later
// than `interval` after the first call of the burst. Runs do not overlap (an async task is awaited).

export class Throttle {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private lastRun = -Infinity;

  constructor(
    private readonly interval: number,
    private readonly task: () => Promise<void> | void,
    private readonly now: () => number = Date.now,
  ) {}

  trigger(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer !== undefined) return;
    const wait = Math.max(0, Math.min(this.interval, this.lastRun + this.interval - this.now()));
    this.timer = setTimeout(() => void this.run(), wait);
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    this.lastRun = this.now();
    this.running = Promise.resolve()
      .then(this.task)
      .catch(() => undefined);
    await this.running;
    this.running = undefined;
    if (this.again) {
      this.again = false;
      this.trigger();
    }
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.again = false;
  }
}
