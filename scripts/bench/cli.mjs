/** Runs the CLI as bin/ runs it (the bundle, from its code cache) and writes its wall time and resource usage to $BENCH_USAGE. */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadCli, readCodeCache } from "../../bin/load-cli.js";

const started = performance.now();
let finished = false;
process.on("exit", () => writeFileSync(process.env.BENCH_USAGE, JSON.stringify({ finished, wallMs: performance.now() - started, ...process.resourceUsage() })));
await loadCli(readCodeCache()).main();
finished = true;
