// One language server started over stdio, driven as an editor would (JSON-RPC via vscode-jsonrpc),
// with the server process's CPU time and resident memory read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** Clock ticks per second for /proc/<pid>/stat (`getconf CLK_TCK`; 100 on Linux). */
const ticksPerSecond = 100;

export interface ServerSpec {
  name: string;
  command: string[];
  languageId: string;
  /** Answers to workspace/configuration, by section. */
  configuration: Record<string, unknown>;
  /** Whether publishDiagnostics carries the document version (ours does; yaml-language-server does not). */
  publishesVersions: boolean;
}

export class ServerProcess {
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  private waiters: Array<{ uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  private stderr = '';

  constructor(readonly spec: ServerSpec) {
    this.child = spawn(spec.command[0], spec.command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk) => (this.stderr = (this.stderr + String(chunk)).slice(-4000)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      for (const waiter of [...this.waiters]) {
        if (waiter.uri !== params.uri) continue;
        // A server that says versions is waited on for exactly the version asked (a late
        // publication for an older version, or the empty one after a close, does not count).
        if (this.spec.publishesVersions && params.version !== waiter.version) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section ? (spec.configuration[item.section] ?? null) : spec.configuration)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('telemetry/event', () => undefined);
    this.connection.onNotification(() => undefined);
    this.connection.onRequest(() => null);
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid!;
  }

  async initialize(rootUri: string): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: this.spec.configuration });
    // Let the server fetch its settings before the first document arrives.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  /** The next diagnostics published for `uri`: for `version` when the server says versions (undefined: the unversioned clear after a close). */
  nextDiagnostics(uri: string, version?: number, timeoutMs = 120_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.spec.name}: no diagnostics for ${uri} in ${timeoutMs} ms; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.push({ uri, version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: this.spec.languageId, version, text },
    });
  }

  change(
    uri: string,
    version: number,
    range: { start: { line: number; character: number }; end: { line: number; character: number } },
    text: string,
  ): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** User plus system CPU time of the server process so far, in milliseconds (10 ms resolution). */
  cpuMs(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / ticksPerSecond;
  }

  /** Resident memory of the server process, in MiB. */
  rssMiB(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kib / 1024;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone: the kill below makes sure.
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
