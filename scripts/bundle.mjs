#!/usr/bin/env node
/**
 * Bundles the compiled CLI into dist/bundle/, which bin/policy-extract.js runs:
 * - cli.cjs: the whole CLI in one CommonJS file, which bin/load-cli.js compiles with V8's code cache;
 * - cli.cache: that cache, written after a sample run so it holds the functions a run compiles;
 * - worker.js: the pool's worker (an ES module, as piscina loads it).
 * One file starts several times faster than ~60 separate modules, and tree-shaking leaves out the parts
 * of zod the schema does not use. Dependencies needed only by some runs (unified and remark-parse for
 * Markdown, yaml for YAML, piscina for --jobs) stay external and load from node_modules when asked for.
 */
import { build } from "esbuild";
import { builtinModules } from "node:module";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const outdir = new URL("dist/bundle/", root).pathname;

/**
 * Node's built-in modules are taken with require(), not import: importing one builds its ES module
 * facade, which reads every export and so runs every lazy getter (node:fs loads its streams and
 * promises API that way, node:crypto its web crypto). Named imports become property reads at the
 * point of use.
 */
const BUILTIN = new RegExp(`^(node:)?(${builtinModules.map((name) => name.replace(/[/]/g, "\\/")).join("|")})$`);
/**
 * Built-ins that dependencies require at start-up but use only on paths this tool never takes:
 * commander requires node:child_process (which loads node:net and the streams) for executable
 * subcommands. They load on first use.
 */
const LAZY = new Set(["child_process"]);

const builtinsByRequire = {
  name: "builtins-by-require",
  setup(build) {
    build.onResolve({ filter: BUILTIN }, ({ path, namespace }) =>
      // the require() inside the stand-in below is the real one
      namespace === "builtin" ? { path, external: true } : { path: path.replace(/^node:/, ""), namespace: "builtin" },
    );
    build.onLoad({ filter: /.*/, namespace: "builtin" }, ({ path }) => ({
      contents: LAZY.has(path)
        ? `let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require("node:${path}"))[key] });`
        : `module.exports = require("node:${path}");`,
      loader: "js",
    }));
  },
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  minifySyntax: true,
  minifyWhitespace: true,
  // names stay readable in stack traces and profiles
  minifyIdentifiers: false,
  external: ["unified", "remark-parse", "yaml", "piscina"],
  define: { __POLICY_EXTRACT_VERSION__: JSON.stringify(version) },
  plugins: [builtinsByRequire],
  logLevel: "warning",
};

rmSync(outdir, { recursive: true, force: true });
const [cli] = await Promise.all([
  build({
    ...common,
    entryPoints: [new URL("dist/cli/main.js", root).pathname],
    outfile: join(outdir, "cli.cjs"),
    format: "cjs",
    // the modules' import.meta.url is the bundle's URL (bin/load-cli.js passes __filename)
    define: { ...common.define, "import.meta.url": "__bundleUrl" },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    metafile: true,
  }),
  build({
    ...common,
    entryPoints: [new URL("dist/cli/worker.js", root).pathname],
    outfile: join(outdir, "worker.js"),
    format: "esm",
    // CommonJS dependencies call require() for Node's built-in modules
    banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
  }),
]);

// A script compiled by node:vm has no module loader for import(): the CLI must require() its externals.
for (const [file, { imports }] of Object.entries(cli.metafile.outputs)) {
  const dynamic = imports.filter((entry) => entry.kind === "dynamic-import" && entry.external).map((entry) => entry.path);
  if (dynamic.length > 0) throw new Error(`${file} imports ${dynamic.join(", ")} with import(); use createRequire(import.meta.url) instead`);
}

// The code cache. V8 compiles a function when it first runs, so the cache is taken after the CLI has
// extracted a sample (every fixture of the corpus: plain text, Markdown, GBK, each layout) and written
// JSON: it then holds what a typical run compiles.
const { CODE_CACHE, loadCli } = await import(new URL("bin/load-cli.js", root).href);
const { main, script } = loadCli();
const scratch = mkdtempSync(join(tmpdir(), "policy-extract-cache-"));
const argv = process.argv;
try {
  process.argv = [argv[0], "policy-extract", new URL("fixtures/corpus", root).pathname, "--jobs", "1", "-q", "--out", join(scratch, "sample.json")];
  await main();
  if (process.exitCode) throw new Error(`the sample run for the code cache failed (exit code ${process.exitCode})`);
} finally {
  process.argv = argv;
  rmSync(scratch, { recursive: true, force: true });
}
writeFileSync(CODE_CACHE, script.createCachedData());
