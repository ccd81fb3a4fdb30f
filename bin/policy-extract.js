#!/usr/bin/env node
// `--version` alone answers before anything is loaded: scripts call it to check the tool is there.
if (process.argv.length === 3 && (process.argv[2] === "--version" || process.argv[2] === "-V")) {
  process.stdout.write(`${require("../package.json").version}\n`);
} else {
  const { loadCli, readCodeCache } = require("./load-cli.js");
  loadCli(readCodeCache()).main();
}
