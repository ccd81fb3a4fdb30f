#!/usr/bin/env node
// `--version` alone answers before anything is loaded: scripts call it to check the tool is there.
if (process.argv.length === 3 && (process.argv[2] === "--version" || process.argv[2] === "-V")) {
  const { readFileSync } = await import("node:fs");
  process.stdout.write(`${JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version}\n`);
} else {
  const { loadCli, readCodeCache } = await import("./load-cli.js");
  await loadCli(readCodeCache()).main();
}
