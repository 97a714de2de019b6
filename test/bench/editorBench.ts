// The editor side: each server opened on files of growing size, then edited inside one
// recommendation, timing the wall clock and the server process's CPU from the edit to the
// diagnostics. Completion, hover and memory on the larger files.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { serverExecArgv } from '../../client/src/node/serverFlags';
import { repoRoot } from '../support/paths';
import { ServerProcess, type ServerSpec } from './serverProcess';
import { median, timeIt } from './stats';

export interface SizeCase {
  label: string;
  recommendations: number;
  text: string;
}

export interface EditorFigures {
  server: string;
  size: string;
  chars: number;
  diagnostics: number;
  openMs: number;
  openCpuMs: number;
  editMs: number;
  editCpuMs: number;
  completionMs?: number;
  /** Completion asked for right after a keystroke in prose, before that version's diagnostics (what typing asks). */
  completionAfterKeystrokeMs?: number;
  hoverMs?: number;
  rssMiB?: number;
}

const schemaUri = pathToFileURL(join(repoRoot, 'schemas', 'review-summary.schema.json')).href;

export function ourServer(): ServerSpec {
  return {
    name: 'review-summary',
    // With the V8 flags the client starts it with.
    command: [process.execPath, ...serverExecArgv, join(repoRoot, 'dist', 'server.js'), '--stdio'],
    languageId: 'review-summary',
    // The debounce is left out of the comparison (0 ms), and every rule runs at every size (the
    // default maxFileSize, 1,000,000 characters, would leave the 5,000-recommendation file YAML checks only).
    configuration: { reviewSummaries: { validationDelay: 0, maxFileSize: 10_000_000 } },
    publishesVersions: true,
  };
}

/** Red Hat's server with our schema associated (`withSchema`), or with YAML checks only. */
export function yamlLanguageServer(withSchema: boolean): ServerSpec {
  const yaml = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
    schemas: withSchema ? { [schemaUri]: ['*.review.yaml'] } : {},
    maxItemsComputed: 5000,
  };
  return {
    name: withSchema ? 'yaml-language-server' : 'yaml-language-server (no schema)',
    command: [process.execPath, join(repoRoot, 'test', 'bench', 'yaml-language-server-no-delay.cjs'), '--stdio'],
    languageId: 'yaml',
    configuration: { yaml, http: {}, '[yaml]': {}, editor: {}, files: {} },
    publishesVersions: false,
  };
}

/** Where a keystroke goes: the end of the first line of prose after recommendation `number`. */
export function editPosition(text: string, number: number): { line: number; character: number } {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line === `  - number: ${number}`);
  for (let i = start + 1; i < lines.length; i++) {
    if (/^ {6,}[A-Za-z][^:]*$/.test(lines[i])) return { line: i, character: lines[i].length };
  }
  throw new Error(`no prose after recommendation ${number}`);
}

/** The end of an `addressedTo` entry of recommendation `number` (where completion lists agencies). */
function agencyPosition(text: string, number: number): { line: number; character: number } {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line === `  - number: ${number}`);
  const at = lines.findIndex((line, i) => i > start && line.startsWith('    addressedTo:'));
  return { line: at + 1, character: lines[at + 1].length };
}

export async function benchServerOnSize(
  spec: ServerSpec,
  size: SizeCase,
  options: { edits: number; requests: boolean; memory: boolean },
): Promise<EditorFigures> {
  const server = new ServerProcess(spec);
  try {
    const rootUri = pathToFileURL(join(repoRoot, 'build', 'bench-files')).href;
    await server.initialize(rootUri);
    const uri = `${rootUri}/${size.label}.review.yaml`;
    // Open: three times (closing between), so the CPU figure is not one 10 ms tick.
    const openWall: number[] = [];
    let openCpu = 0;
    let diagnostics = 0;
    const opens = 3;
    for (let i = 0; i < opens; i++) {
      if (i > 0) {
        const cleared = server.nextDiagnostics(uri);
        await server.close(uri);
        await cleared;
      }
      const cpu = server.cpuMs();
      const started = performance.now();
      const published = server.nextDiagnostics(uri, 1);
      await server.open(uri, size.text, 1);
      diagnostics = (await published).diagnostics.length;
      openWall.push(performance.now() - started);
      openCpu += server.cpuMs() - cpu;
    }
    const rssMiB = options.memory ? server.rssMiB() : undefined;

    // Typing inside the middle recommendation: one character per edit, each waited for.
    const document = TextDocument.create(uri, spec.languageId, 1, size.text);
    let version = 1;
    const at = editPosition(size.text, Math.ceil(size.recommendations / 2));
    const typed = ' and more';
    /** Sends the next character; resolves once it is sent, with its diagnostics to come and the position after it. */
    const typeNext = async (): Promise<{ published: Promise<unknown>; after: { line: number; character: number } }> => {
      const character = at.character + (version - 1);
      const char = typed[(version - 1) % typed.length];
      version++;
      const range = { start: { line: at.line, character }, end: { line: at.line, character } };
      TextDocument.update(document, [{ range, text: char }], version);
      const published = server.nextDiagnostics(uri, version);
      await server.change(uri, version, range, char);
      return { published, after: { line: at.line, character: character + 1 } };
    };
    const edit = async (): Promise<number> => {
      const started = performance.now();
      await (
        await typeNext()
      ).published;
      return performance.now() - started;
    };
    for (let i = 0; i < 3; i++) await edit();
    const cpuBefore = server.cpuMs();
    const editWall: number[] = [];
    for (let i = 0; i < options.edits; i++) editWall.push(await edit());
    const editCpuMs = (server.cpuMs() - cpuBefore) / options.edits;

    let completionMs: number | undefined;
    let completionAfterKeystrokeMs: number | undefined;
    let hoverMs: number | undefined;
    if (options.requests) {
      const text = document.getText();
      const middle = Math.ceil(size.recommendations / 2);
      const agencyAt = agencyPosition(text, middle);
      const keyAt = { line: agencyAt.line - 1, character: 6 };
      const completions: number[] = [];
      const hovers: number[] = [];
      for (let i = 0; i < 23; i++) {
        completions.push(await timeIt(() => server.request('textDocument/completion', { textDocument: { uri }, position: agencyAt })));
        hovers.push(await timeIt(() => server.request('textDocument/hover', { textDocument: { uri }, position: keyAt })));
      }
      completionMs = median(completions.slice(3));
      hoverMs = median(hovers.slice(3));
      // A keystroke and at once completion where it was typed, as the editor asks while someone
      // types a value (quick suggestions), before that version's diagnostics.
      const afterKeystroke: number[] = [];
      for (let i = 0; i < 23; i++) {
        const { published, after } = await typeNext();
        afterKeystroke.push(await timeIt(() => server.request('textDocument/completion', { textDocument: { uri }, position: after })));
        await published;
      }
      completionAfterKeystrokeMs = median(afterKeystroke.slice(3));
    }
    return {
      server: spec.name,
      size: size.label,
      chars: size.text.length,
      diagnostics,
      openMs: median(openWall),
      openCpuMs: openCpu / opens,
      editMs: median(editWall),
      editCpuMs,
      completionMs,
      completionAfterKeystrokeMs,
      hoverMs,
      rssMiB,
    };
  } finally {
    await server.stop();
  }
}

/** The floor: `yaml`'s parseDocument alone on the same text, in this process (median of runs). */
export function parseFloorMs(text: string): number {
  for (let i = 0; i < 2; i++) parseDocument(text, { keepSourceTokens: true });
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    parseDocument(text, { keepSourceTokens: true });
    runs.push(performance.now() - started);
  }
  return median(runs);
}

/** Our language service in this process, without the protocol: a full check, and one edit. */
export function serviceFigures(size: SizeCase, edits: number): { fullMs: number; editMs: number } {
  const uri = `file:///bench/${size.label}.review.yaml`;
  const fullRuns: number[] = [];
  const settings = { maxFileSize: 10_000_000 };
  for (let i = 0; i < 3; i++) {
    const service = createLanguageService({ settings });
    const started = performance.now();
    service.findings({ uri, version: 1, getText: () => size.text });
    fullRuns.push(performance.now() - started);
  }
  const service = createLanguageService({ settings });
  const document = TextDocument.create(uri, 'review-summary', 1, size.text);
  service.findings(document);
  const at = editPosition(size.text, Math.ceil(size.recommendations / 2));
  const editRuns: number[] = [];
  for (let i = 0; i < edits + 3; i++) {
    const position = { line: at.line, character: at.character + i };
    TextDocument.update(document, [{ range: { start: position, end: position }, text: 'x' }], document.version + 1);
    const started = performance.now();
    service.findings(document);
    if (i >= 3) editRuns.push(performance.now() - started);
  }
  return { fullMs: median(fullRuns), editMs: median(editRuns) };
}

/**
 * How many diagnostics a server gives for a summary with three schema mistakes (a misspelt key, a
 * text for a year, a missing field): proof that the schema is in force for the comparison.
 */
export async function schemaProbe(spec: ServerSpec): Promise<number> {
  const server = new ServerProcess(spec);
  try {
    const rootUri = pathToFileURL(join(repoRoot, 'build', 'bench-files')).href;
    await server.initialize(rootUri);
    const uri = `${rootUri}/probe.review.yaml`;
    const text =
      'title: Probe review\ncsp: Uttlesford\npublished: 2023-08\nyearOfDeath: twenty\nsource:\n  url: https://example.org/probe.pdf\nsumary: misspelt\nrecommendations:\n  - number: 1\n    text: All agencies should share information.\n    addressedTo: [All agencies involved in this review]\n';
    const published = server.nextDiagnostics(uri, 1);
    await server.open(uri, text, 1);
    return (await published).diagnostics.length;
  } finally {
    await server.stop();
  }
}
