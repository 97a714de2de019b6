#!/usr/bin/env node
// The command-line tool: the language service without an editor.
import { createLanguageService } from './service/languageService';
import { runCheck } from './cli/checkCommand';

const usage = `Usage: review-summary check [--format text|json] <files or folders...>

Checks review summaries (*.review.yaml) with the same rules as the editor.
Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable input.
`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(usage);
    return command ? 0 : 2;
  }
  if (command !== 'check') {
    process.stderr.write(`review-summary: unknown command "${command}"\n\n${usage}`);
    return 2;
  }
  let format: 'text' | 'json' = 'text';
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format') {
      const value = rest[++i];
      if (value !== 'text' && value !== 'json') {
        process.stderr.write(`review-summary: --format takes text or json, not "${value ?? ''}"\n`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('--format=')) {
      const value = arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') {
        process.stderr.write(`review-summary: --format takes text or json, not "${value}"\n`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('-')) {
      process.stderr.write(`review-summary: unknown option "${arg}"\n\n${usage}`);
      return 2;
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) {
    process.stderr.write(`review-summary: name at least one file or folder\n\n${usage}`);
    return 2;
  }
  const service = createLanguageService();
  return runCheck(service, paths, { format }, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}

process.exitCode = main(process.argv.slice(2));
