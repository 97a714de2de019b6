// The little of `process` the browser suite's libraries read (mocha's browser build brings its own).
export const process = globalThis.process ?? {
  env: {},
  platform: 'browser',
  version: '',
  versions: {},
  nextTick: (fn, ...args) => Promise.resolve().then(() => fn(...args)),
};
