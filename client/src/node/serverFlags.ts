// The V8 flags the server process starts with (the client's IPC launch, and the benchmark's, which
// must start it as the client does). A check of a large summary allocates a burst of objects that
// either die at once or live as long as the parse; V8's young generation would grow to 3 × 16 MiB
// for it and stay resident. With 4 MiB semi-spaces the server holds about 20 to 30 MiB less with
// a 1,000- or 5,000-recommendation file open, for the same CPU (npm run bench, the open rows).
export const serverExecArgv: readonly string[] = ['--max-semi-space-size=4'];
