// Child processes that run in their own process group, so that ending one ends everything it
// started (code-server leaves its extension host, pty host and file watcher behind otherwise).
// Every group still alive is killed when this process exits, on Ctrl+C, or on SIGTERM.
import { spawn } from 'node:child_process';

/** Process group id → its `stop()`. */
const liveGroups = new Map();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

process.on('exit', () => {
  for (const pid of liveGroups.keys()) killGroup(pid, 'SIGKILL');
});
const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
for (const [signal, number] of Object.entries(signalNumbers)) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping ${liveGroups.size} process group(s)`);
    Promise.all([...liveGroups.values()].map((stop) => stop(3000))).finally(() => process.exit(128 + number));
  });
}

/** Code-server and friends inherit no VS Code variables: VSCODE_IPC_HOOK_CLI would send `--install-extension` to the VS Code we run in. */
export function cleanEnvironment(extra = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VSCODE_') && name !== 'ELECTRON_RUN_AS_NODE'),
  );
  return { ...env, ...extra };
}

/**
 * Starts `command` detached, in a new process group. Returns { child, exited, stop }: `exited`
 * resolves with the exit code; `stop()` sends SIGTERM to the whole group, then SIGKILL after
 * `graceMs`, and resolves when the leader has exited.
 */
export function spawnGroup(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? `signal ${signal}` : null)));
    child.on('error', (error) => resolve(`failed to start: ${error.message}`));
  });
  const stop = async (graceMs = 5000) => {
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    // The leader is gone; helpers that ignored SIGTERM may not be.
    killGroup(child.pid, 'SIGKILL');
    liveGroups.delete(child.pid);
  };
  if (child.pid !== undefined) liveGroups.set(child.pid, stop);
  return { child, exited, stop };
}

/** Runs a command to completion in its own group, killing the group after `timeoutMs`. */
export async function runGroup(command, args, { timeoutMs, ...options }) {
  const run = spawnGroup(command, args, options);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void run.stop();
  }, timeoutMs);
  const code = await run.exited;
  clearTimeout(timer);
  await run.stop(0);
  if (timedOut) throw new Error(`${command} ${args.join(' ')} timed out after ${timeoutMs} ms`);
  return code;
}
