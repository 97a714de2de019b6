// Types for chromiumArgs.mjs, which the TypeScript tests import too.
export declare const chromiumArgs: string[];
