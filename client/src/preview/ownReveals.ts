// The editor scrolls we caused (the page asked for a line at the top), so that the visible-range
// events they bring are not echoed back to the page. Matched by where the editor went, not by a time
// window: over a slow link (VS Code in a browser, remote hosts) the event can come late.
// No vscode import (unit-tested in plain Node); revealSlack.ts reads the editor settings.

/** How long a reveal waits for its event; longer than any round trip, short of a user's next move. */
const ownRevealLifetimeMs = 2000;

export class OwnReveals {
  private reveals: Array<{ line: number; at: number }> = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** We are about to reveal `line` at the top of the editor. */
  add(line: number): void {
    this.expire();
    this.reveals.push({ line, at: this.now() });
  }

  /** True if an editor whose top line is now `top` got there by one of our reveals (consumed). */
  take(top: number, slack: number): boolean {
    this.expire();
    const index = this.reveals.findIndex((r) => top <= r.line && top >= r.line - slack);
    if (index < 0) return false;
    // Events come in order: the reveals before the matched one will not bring theirs any more.
    this.reveals.splice(0, index + 1);
    return true;
  }

  private expire(): void {
    const now = this.now();
    this.reveals = this.reveals.filter((r) => now - r.at < ownRevealLifetimeMs);
  }
}
