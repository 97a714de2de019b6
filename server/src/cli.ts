#!/usr/bin/env node
// The command-line tool: the language service without an editor. Each command is a module in
// cli/; this file only picks one. A worker thread of `check` runs this same bundle.
import { checkCommand } from './cli/checkCommand';
import { runCheckWorkerIfAsked } from './cli/checkInParallel';
import type { CliCommand, CliIo } from './cli/command';
import { renderCommand } from './cli/renderCommand';

const commands: Record<string, CliCommand> = {
  check: checkCommand,
  render: renderCommand,
};

function usage(): string {
  const list = Object.entries(commands)
    .map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}`)
    .join('\n');
  return `Usage: review-summary <command> [options]\n\nCommands:\n${list}\n\n"review-summary <command> --help" tells more, including the exit codes (2 is always bad usage).\n`;
}

async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    io.out(usage());
    return 0;
  }
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.err(name ? `review-summary: unknown command "${name}"\n\n${usage()}` : usage());
    return 2;
  }
  return command.run(rest, io);
}

if (!runCheckWorkerIfAsked()) {
  const io: CliIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), cwd: process.cwd() };
  main(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`review-summary: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
