// The web-standard globals that every runtime the shared code runs in provides (Node, a browser, a
// web worker), declared here because the projects that use this file include neither the DOM
// library nor Node's types: anything else global is a type error there.

/** WHATWG URL, as far as the code uses it. */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  search: string;
  hash: string;
  toString(): string;
}
