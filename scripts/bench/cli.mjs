/** Runs the CLI (the bundle bin/ runs) with the given arguments and writes its wall time and resource usage to $BENCH_USAGE. */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const started = performance.now();
process.on("exit", () => writeFileSync(process.env.BENCH_USAGE, JSON.stringify({ wallMs: performance.now() - started, ...process.resourceUsage() })));
const { main } = await import("../../dist/bundle/main.js");
await main();
