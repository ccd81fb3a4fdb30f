#!/usr/bin/env node
/**
 * Bundles the compiled CLI (dist/cli/main.js and the pool's worker) into dist/bundle/, which
 * bin/policy-extract.js runs. One file per entry plus shared chunks starts several times faster than
 * ~60 separate modules, and tree-shaking leaves out the parts of zod the schema does not use.
 * Dependencies needed only by some runs (unified and remark-parse for Markdown, yaml for YAML,
 * piscina for --jobs) stay external and load from node_modules when asked for.
 */
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";

const root = new URL("../", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const outdir = new URL("dist/bundle/", root).pathname;

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: new URL("dist/cli/main.js", root).pathname, worker: new URL("dist/cli/worker.js", root).pathname },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minifySyntax: true,
  minifyWhitespace: true,
  // names stay readable in stack traces and profiles
  minifyIdentifiers: false,
  external: ["unified", "remark-parse", "yaml", "piscina"],
  define: { __POLICY_EXTRACT_VERSION__: JSON.stringify(version) },
  chunkNames: "chunk-[hash]",
  // CommonJS dependencies (commander, chardet) call require() for Node's built-in modules
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
  logLevel: "warning",
});
