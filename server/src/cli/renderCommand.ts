// `review-summary render <file> [-o page.html] [--force]`: the page as one self-contained HTML
// file, exactly as the editor's "Export Page as HTML" writes it, with the same refusals.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../service/languageService';
import { FolderWorkspaces } from '../workspace/folderWorkspace';
import type { CliCommand, CliIo } from './command';

const usage = `Usage: review-summary render <file.review.yaml> [-o page.html] [--force]

Writes the summary's page as one self-contained HTML file (styles inline, no scripts), the same
page the editor's "Export Page as HTML" writes. Without -o it goes next to the summary
(uttlesford.review.yaml -> uttlesford.html); "-o -" writes it to standard output.

Refuses while the summary has errors: --force exports despite errors, except redaction errors
(a name that must not be published), which nothing overrides.
Exit codes: 0 written, 1 refused (the errors are listed), 2 bad usage or unreadable input.
`;

/** uttlesford.review.yaml → uttlesford.html, beside it. */
export function defaultOutputPath(file: string): string {
  return file.replace(/(\.review)?\.ya?ml$/i, '') + '.html';
}

function run(args: string[], io: CliIo): number {
  let output: string | undefined;
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      io.out(usage);
      return 0;
    } else if (arg === '-o' || arg === '--output') {
      output = args[++i];
      if (output === undefined) return bad(io, `${arg} needs a file name`);
    } else if (arg.startsWith('--output=')) {
      output = arg.slice('--output='.length);
    } else if (arg === '--force') {
      force = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      return bad(io, `unknown option "${arg}"`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return bad(io, files.length === 0 ? 'name the summary file to render' : 'render takes one summary file');
  const file = resolve(io.cwd, files[0]);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`review-summary: ${files[0]}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return 2;
  }
  // The same workspace data as `check` and the editor: the catalogues and redaction lists of the
  // summary's folder and those above it (a name declared there must block the export).
  const workspace = new FolderWorkspaces({ warn: (problem) => io.err(`review-summary: ${problem}\n`) }).forFile(file);
  const service = createLanguageService({ workspace });
  const document = { uri: pathToFileURL(file).toString(), version: 0, getText: () => text };
  const result = service.exportPage(document, { force });
  if (result.html === undefined) {
    io.err(`review-summary: not rendering ${files[0]}: ${result.decision.reason ?? 'it cannot be rendered.'}\n`);
    const state = service.state(document);
    for (const finding of result.decision.blocking) {
      const at = state.positionAt(finding.start);
      io.err(`${files[0]}:${at.line + 1}:${at.character + 1} ${finding.severity} ${finding.rule} ${finding.message}\n`);
    }
    return 1;
  }
  if (result.decision.blocking.length > 0) {
    io.err(`review-summary: ${files[0]}: exported despite ${result.decision.blocking.length} error(s) (--force)\n`);
  }
  if (output === '-') {
    io.out(result.html);
    return 0;
  }
  const target = resolve(io.cwd, output ?? defaultOutputPath(files[0]));
  try {
    writeFileSync(target, result.html, 'utf8');
  } catch (error) {
    io.err(`review-summary: cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return 2;
  }
  io.out(`wrote ${target}\n`);
  return 0;
}

function bad(io: CliIo, message: string): number {
  io.err(`review-summary: ${message}\n\n${usage}`);
  return 2;
}

export const renderCommand: CliCommand = {
  summary: 'write the page of a summary as one self-contained HTML file',
  usage,
  run,
};
