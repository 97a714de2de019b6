// node:assert/strict for the browser suite: the strict mode of the `assert` package (Node's assert, ported).
module.exports = require('assert').strict;
