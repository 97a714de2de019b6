/** Where a command writes; the real process streams in cli.ts, strings in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** One `review-summary <name>` command. cli.ts lists them; each parses its own arguments. */
export interface CliCommand {
  /** One line for the tool's --help. */
  summary: string;
  /** Its own --help text. */
  usage: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIo): number | Promise<number>;
}
