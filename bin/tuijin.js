#!/usr/bin/env node
// The CLI is compiled to build/ by `npm run build:cli` (run by `npm ci` through `prepare`).
const { main } = require('../build/cli/main.js');
main(process.argv.slice(2), process.env, {
  out: (l) => console.log(l),
  err: (l) => console.error(l),
}).then((code) => {
  process.exitCode = code;
});
